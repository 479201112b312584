package io.shoporders.order.api;

import io.shoporders.order.domain.InvalidOrderException;
import io.shoporders.order.persistence.IdempotencyKeyReusedException;
import io.shoporders.order.persistence.OrderAlreadyShippedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns failures into problem responses. Details name the field but never echo the rejected value,
 * which may be personal data or a card number; unexpected failures say nothing about the code.
 */
public class ProblemMapper {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

  @ServerExceptionMapper
  public Response invalidOrder(InvalidOrderException invalid) {
    return Problem.response(
        "invalid-field", "The order is not valid", 422, invalid.detail(), invalid.field());
  }

  @ServerExceptionMapper
  public Response keyReused(IdempotencyKeyReusedException reused) {
    return Problem.response(
        "idempotency-key-reused",
        "The Idempotency-Key belongs to another request",
        422,
        reused.getMessage(),
        OrderResource.IDEMPOTENCY_KEY);
  }

  @ServerExceptionMapper
  public Response alreadyShipped(OrderAlreadyShippedException shipped) {
    return Problem.response(
        "order-shipped", "The order has shipped", 409, shipped.getMessage(), null);
  }

  @ServerExceptionMapper
  public Response busy(IntakeBusyException busy) {
    Response refused =
        Problem.response("intake-busy", "Too many orders at once", 503, busy.getMessage(), null);
    return Response.fromResponse(refused)
        .header(HttpHeaders.RETRY_AFTER, busy.retryAfterSeconds())
        .build();
  }

  @ServerExceptionMapper
  public Response malformed(MalformedRequestException malformed) {
    return Problem.response(
        "malformed-request",
        "The request cannot be read",
        400,
        malformed.getMessage(),
        malformed.field());
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException failure) {
    int status = failure.getResponse().getStatus();
    String title = failure.getResponse().getStatusInfo().getReasonPhrase();
    return Problem.response("http-" + status, title, status, null, null);
  }

  @ServerExceptionMapper
  public Response unexpected(Exception failure) {
    LOG.error("request failed unexpectedly", failure);
    return Problem.response(
        "internal-error", "The request failed", 500, "Nothing was changed; try again later.", null);
  }
}
