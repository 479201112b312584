package io.shoporders.shipping.carrier;

/** The carrier did not answer in time or failed on its side: the same request may work later. */
public class CarrierUnavailableException extends RuntimeException {

  public CarrierUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  public CarrierUnavailableException(String message) {
    super(message);
  }
}
