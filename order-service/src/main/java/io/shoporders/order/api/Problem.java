package io.shoporders.order.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;

/**
 * An error as clients receive it (RFC 9457, application/problem+json): a stable type, a human
 * title, the status, what went wrong and, when one field is at fault, its JSON path.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String field) {

  static final String MEDIA_TYPE = "application/problem+json";

  static Response response(String slug, String title, int status, String detail, String field) {
    Problem problem = new Problem("urn:shop-orders:problem:" + slug, title, status, detail, field);
    return Response.status(status).type(MEDIA_TYPE).entity(problem).build();
  }
}
