package io.shoporders.inventory.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.shoporders.inventory.domain.FieldError;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A body that is not the JSON expected: names the field and what it must be, never the value sent
 * nor the parser's internals. Quarkus REST turns most of these into a bare 400
 * WebApplicationException first; {@link ProblemMappers} hands those back here.
 */
class UnreadableBodyMapper {

  /**
   * A value of the wrong type, such as 29.90 or "100" for an integer; mapped by its exact type,
   * since Quarkus has a mapper of that type which would answer with an empty 400.
   */
  @ServerExceptionMapper
  public Response mismatched(MismatchedInputException unreadable) {
    return problem(unreadable);
  }

  @ServerExceptionMapper
  public Response unreadable(JsonMappingException unreadable) {
    return problem(unreadable);
  }

  static Response problem(JsonProcessingException unreadable) {
    FieldError error =
        unreadable instanceof JsonMappingException mapping && !isSyntax(mapping.getCause())
            ? new FieldError(field(mapping), field(mapping) + " must be " + expected(mapping))
            : new FieldError("body", "body must be valid JSON");
    return Problem.response(400, "unreadable-body", "The body cannot be read", List.of(error));
  }

  /** A parser's failure other than a number out of range: the text is not JSON at all. */
  private static boolean isSyntax(Throwable cause) {
    return cause instanceof JacksonException && !(cause instanceof InputCoercionException);
  }

  /** Where the value stands, as in [1].unitPriceMinor; "body" for the body as a whole. */
  private static String field(JsonMappingException mapping) {
    return mapping.getPath().isEmpty()
        ? "body"
        : mapping.getPath().stream()
            .map(
                ref ->
                    ref.getFieldName() != null
                        ? "." + ref.getFieldName()
                        : "[" + ref.getIndex() + "]")
            .collect(Collectors.joining())
            .replaceFirst("^\\.", "");
  }

  /** What the value must be, by the Java type it was read into. */
  private static String expected(JsonMappingException mapping) {
    return expected(targetType(mapping));
  }

  /** The type of the mismatch, or of a number out of range; null when neither tells. */
  private static Class<?> targetType(JsonMappingException mapping) {
    if (mapping instanceof MismatchedInputException mismatched) {
      return mismatched.getTargetType();
    }
    return mapping.getCause() instanceof InputCoercionException outOfRange
        ? outOfRange.getTargetType()
        : null;
  }

  private static String expected(Class<?> type) {
    if (type == Integer.class || type == int.class) {
      return integer(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }
    if (type == Long.class || type == long.class) {
      return integer(Long.MIN_VALUE, Long.MAX_VALUE);
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a JSON string";
    }
    if (type != null && Collection.class.isAssignableFrom(type)) {
      return "a JSON array";
    }
    return "of the form documented for it";
  }

  private static String integer(long min, long max) {
    return "a JSON integer (no quotes, no fraction) from " + min + " to " + max;
  }
}
