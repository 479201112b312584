package io.shoporders.inventory.api;

import io.shoporders.inventory.domain.FieldError;

/** A product or stock entry that does not exist. */
class NotFoundException extends RuntimeException {

  private final String what;
  private final String sku;

  NotFoundException(String what, String sku) {
    super("no " + what + " " + sku);
    this.what = what;
    this.sku = sku;
  }

  String what() {
    return what;
  }

  FieldError error() {
    return new FieldError("sku", "no " + what + " with sku " + sku);
  }
}
