package io.shoporders.shipping.api;

/** A corrected address refused: the field at fault and why, never the value given. */
class InvalidAddressException extends RuntimeException {

  private final String field;

  InvalidAddressException(String field, String detail) {
    super(detail, null, false, false);
    this.field = field;
  }

  String field() {
    return field;
  }
}
