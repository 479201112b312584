package io.shoporders.shipping.booking;

import io.shoporders.shipping.domain.ShipmentStatus;

/** An operator gave a new address to a shipment that can no longer take one. */
public class AddressNotCorrectableException extends RuntimeException {

  AddressNotCorrectableException(ShipmentStatus status, boolean cancelled) {
    super(
        cancelled
            ? "the order is cancelled: nothing will ship"
            : "a shipment that is "
                + status
                + " cannot take a new address; only one waiting for its stock or one that failed"
                + " can");
  }

  AddressNotCorrectableException() {
    super("shipping-service has not received the order yet; try again in a moment");
  }
}
