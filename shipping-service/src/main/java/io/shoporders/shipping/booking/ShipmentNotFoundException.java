package io.shoporders.shipping.booking;

/** No event about the order has reached shipping-service. */
public class ShipmentNotFoundException extends RuntimeException {

  public ShipmentNotFoundException() {
    super("no shipment for this order");
  }
}
