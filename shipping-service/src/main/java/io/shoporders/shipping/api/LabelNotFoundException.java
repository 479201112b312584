package io.shoporders.shipping.api;

/** The shipment exists but has no label (yet, or any more). */
class LabelNotFoundException extends RuntimeException {

  LabelNotFoundException() {
    super("this shipment has no label");
  }
}
