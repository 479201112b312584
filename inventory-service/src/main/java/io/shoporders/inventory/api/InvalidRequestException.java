package io.shoporders.inventory.api;

import io.shoporders.inventory.domain.FieldError;
import java.util.List;

/** A request whose fields break the rules; every broken field is named. */
class InvalidRequestException extends RuntimeException {

  private final List<FieldError> errors;

  InvalidRequestException(List<FieldError> errors) {
    super(errors.get(0).message());
    this.errors = List.copyOf(errors);
  }

  InvalidRequestException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  List<FieldError> errors() {
    return errors;
  }
}
