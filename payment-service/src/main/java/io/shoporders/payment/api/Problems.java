package io.shoporders.payment.api;

import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Errors as RFC 9457 problem details, with a stable type and no stack trace. */
class Problems {

  static final String PROBLEM_JSON = "application/problem+json";

  @ServerExceptionMapper
  Response notFound(PaymentNotFoundException e) {
    return problem(
        404,
        "payment-not-found",
        "No payment for this order",
        "payment-service has no payment for order " + e.orderId());
  }

  @ServerExceptionMapper
  Response badPath(jakarta.ws.rs.NotFoundException e) {
    return problem(404, "not-found", "Not found", "nothing here; an order id must be a UUID");
  }

  private static Response problem(int status, String type, String title, String detail) {
    Map<String, Object> body =
        Map.of(
            "type", "urn:shop-orders:problem:" + type,
            "title", title,
            "status", status,
            "detail", detail);
    return Response.status(status).type(PROBLEM_JSON).entity(body).build();
  }
}
