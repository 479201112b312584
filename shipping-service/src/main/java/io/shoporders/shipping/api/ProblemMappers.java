package io.shoporders.shipping.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.shoporders.shipping.booking.AddressNotCorrectableException;
import io.shoporders.shipping.booking.NotRetryableException;
import io.shoporders.shipping.booking.ShipmentNotFoundException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;
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

  @ServerExceptionMapper
  Response notCorrectable(AddressNotCorrectableException e) {
    return problem(409, "address-not-correctable", "The address cannot change now", e.getMessage());
  }

  @ServerExceptionMapper
  Response invalidField(InvalidFieldException e) {
    return switch (e.in()) {
      case QUERY ->
          problem(
              400, "invalid-parameter", "A query parameter is invalid", e.getMessage(), e.field());
      case ADDRESS ->
          problem(422, "invalid-address", "The address is invalid", e.getMessage(), e.field());
    };
  }

  /**
   * A value of the wrong shape, such as a text where a list belongs; mapped by its own type, since
   * Quarkus has a mapper of that exact type which would answer with its own JSON.
   */
  @ServerExceptionMapper
  Response mismatched(MismatchedInputException e) {
    return unreadable(e);
  }

  /** A body that is not the JSON expected: names the field, hides the parser's internals. */
  @ServerExceptionMapper
  Response unreadable(JsonProcessingException e) {
    String field = "body";
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      field =
          mapping.getPath().stream()
              .map(
                  ref ->
                      ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
              .collect(Collectors.joining("."))
              .replace(".[", "[");
    }
    return problem(
        400, "unreadable-body", "The body cannot be read", "is not the JSON expected", field);
  }

  /** What the HTTP layer refuses itself, such as a body that is not JSON at all. */
  @ServerExceptionMapper
  Response webApplication(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    String title = e.getResponse().getStatusInfo().getReasonPhrase();
    return problem(status, "http-" + status, title, null, status == 400 ? "body" : null);
  }

  private static Response problem(int status, String type, String title, String detail) {
    return problem(status, type, title, detail, null);
  }

  private static Response problem(
      int status, String type, String title, String detail, String field) {
    Problem problem = new Problem("urn:shop-orders:problem:" + type, title, status, detail, field);
    return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
  }
}
