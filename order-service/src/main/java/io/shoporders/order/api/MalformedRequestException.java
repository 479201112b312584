package io.shoporders.order.api;

/** A request body or parameter that cannot be read at all: not JSON, or not the expected form. */
class MalformedRequestException extends RuntimeException {

  private final String field;

  MalformedRequestException(String field, String detail) {
    super(detail, null, false, false);
    this.field = field;
  }

  String field() {
    return field;
  }
}
