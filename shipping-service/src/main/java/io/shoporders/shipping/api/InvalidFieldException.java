package io.shoporders.shipping.api;

/** A request refused for one field: which, and why, never the value given. */
class InvalidFieldException extends RuntimeException {

  /** Where the field is: a query parameter (400), or a field of a corrected address (422). */
  enum In {
    QUERY,
    ADDRESS
  }

  private final In in;
  private final String field;

  InvalidFieldException(In in, String field, String detail) {
    super(detail, null, false, false);
    this.in = in;
    this.field = field;
  }

  In in() {
    return in;
  }

  String field() {
    return field;
  }
}
