package io.shoporders.inventory.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.shoporders.inventory.domain.FieldError;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A body that is not the JSON expected: names the field, hides the parser's internals. */
class UnreadableBodyMapper {

  @ServerExceptionMapper
  public Response unreadable(JsonMappingException unreadable) {
    String field =
        unreadable.getPath().stream()
            .map(
                ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
            .collect(Collectors.joining("."));
    FieldError error =
        new FieldError(field.isEmpty() ? "body" : field, "the value cannot be read as expected");
    return Problem.response(400, "unreadable-body", "The body cannot be read", List.of(error));
  }
}
