package io.shoporders.shipping.api;

import io.shoporders.shipping.booking.NotRetryableException;
import io.shoporders.shipping.booking.ShipmentNotFoundException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns the API's known failures into problem details; nothing else reaches a client. */
class ProblemMappers {

  @ServerExceptionMapper
  Response shipmentNotFound(ShipmentNotFoundException e) {
    return problem(404, "shipment-not-found", "No shipment for this order", e.getMessage());
  }

  @ServerExceptionMapper
  Response labelNotFound(LabelNotFoundException e) {
    return problem(404, "label-not-found", "No label for this shipment", e.getMessage());
  }

  @ServerExceptionMapper
  Response notFound(NotFoundException e) {
    return problem(404, "not-found", "Not found", e.getMessage());
  }

  @ServerExceptionMapper
  Response notRetryable(NotRetryableException e) {
    return problem(409, "nothing-to-retry", "Nothing to retry", e.getMessage());
  }

  private static Response problem(int status, String type, String title, String detail) {
    Problem problem = new Problem("urn:shop-orders:problem:" + type, title, status, detail);
    return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
  }
}
