package io.shoporders.shipping.booking;

import io.shoporders.shipping.domain.ShipmentStatus;

/** An operator asked to retry a shipment that has nothing to retry. */
public class NotRetryableException extends RuntimeException {

  public NotRetryableException(ShipmentStatus status) {
    super("a shipment that is " + status + " has nothing to retry");
  }
}
