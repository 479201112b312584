package io.shoporders.inventory.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.shoporders.inventory.domain.FieldError;
import io.shoporders.inventory.domain.StockRuleException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.StatusType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns refused requests into problem documents; never a stack trace or a class name. */
class ProblemMappers {

  /** The part of the request at fault when the HTTP layer refuses it with this status. */
  private static final Map<Integer, FieldError> HTTP_REFUSALS =
      Map.of(
          400, new FieldError("body", "body cannot be read"),
          404, new FieldError("path", "nothing here: the path names no resource"),
          405, new FieldError("method", "the path does not take this method"),
          406, new FieldError("Accept", "no acceptable media type is produced here"),
          415, new FieldError("Content-Type", "the body's media type is not taken here"));

  @ServerExceptionMapper
  public Response invalid(InvalidRequestException invalid) {
    return Problem.response(400, "invalid-request", "The request is invalid", invalid.errors());
  }

  @ServerExceptionMapper
  public Response notFound(NotFoundException missing) {
    return Problem.response(
        404, "not-found", "No such " + missing.what(), List.of(missing.error()));
  }

  @ServerExceptionMapper
  public Response stockRule(StockRuleException refused) {
    return Problem.response(
        409,
        "stock-rule",
        "The stock change breaks a stock rule",
        List.of(new FieldError(refused.field(), refused.getMessage())));
  }

  /**
   * What the HTTP layer refuses by itself: a body that is not JSON (400, with the parser's failure
   * as its cause), a path that names nothing or an id that is not a UUID (404), a method the path
   * does not take (405).
   */
  @ServerExceptionMapper
  public Response refusedByHttp(WebApplicationException refused) {
    if (refused.getCause() instanceof JsonProcessingException unreadable) {
      return UnreadableBodyMapper.problem(unreadable);
    }
    int status = refused.getResponse().getStatus();
    String title = reasonOf(refused.getResponse().getStatusInfo());
    FieldError error = HTTP_REFUSALS.get(status);
    return Problem.response(
        status,
        title.toLowerCase(Locale.ROOT).replace(' ', '-'),
        title,
        error == null ? List.of() : List.of(error));
  }

  private static String reasonOf(StatusType status) {
    String reason = status.getReasonPhrase();
    return reason == null || reason.isBlank() ? "HTTP " + status.getStatusCode() : reason;
  }
}
