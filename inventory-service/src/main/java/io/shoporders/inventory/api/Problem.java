package io.shoporders.inventory.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.shoporders.inventory.domain.FieldError;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An error as clients see it (RFC 9457): a stable type, a title, and the fields at fault. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

  static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_BASE = "urn:shop-orders:problem:";

  static Response response(int status, String type, String title, List<FieldError> errors) {
    String detail = errors.isEmpty() ? null : errors.get(0).message();
    return Response.status(status)
        .type(MEDIA_TYPE)
        .entity(new Problem(TYPE_BASE + type, title, status, detail, errors))
        .build();
  }
}
