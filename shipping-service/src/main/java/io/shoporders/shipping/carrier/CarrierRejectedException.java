package io.shoporders.shipping.carrier;

/** The carrier refused the request as invalid: sending it again changes nothing. */
public class CarrierRejectedException extends RuntimeException {

  public CarrierRejectedException(String message) {
    super(message);
  }
}
