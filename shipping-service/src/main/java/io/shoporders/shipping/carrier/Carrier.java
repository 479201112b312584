package io.shoporders.shipping.carrier;

import io.shoporders.shipping.domain.CarrierLimits;
import io.shoporders.shipping.domain.ShipmentRequest;
import io.smallrye.mutiny.Uni;

/**
 * One carrier: books a parcel and returns its label, voids a label, and links to its tracking page.
 * Failures are a {@link CarrierUnavailableException} when trying again may work (timeout, 5xx) and
 * a {@link CarrierRejectedException} when it cannot (the carrier found the request invalid).
 */
public interface Carrier {

  /** The carrier code that events and the API show, e.g. sandbox, dhl. */
  String code();

  /** What the carrier's fields and service take. */
  CarrierLimits limits();

  /**
   * Books the parcel. Booking the same {@link ShipmentRequest#reference()} again returns the first
   * booking, never a second parcel.
   */
  Uni<BookedLabel> book(ShipmentRequest request);

  /** Voids a label that was not handed over yet: nothing is collected or billed. */
  Uni<Void> cancel(String trackingCode);

  /** Where the customer follows the parcel. */
  String trackingUrl(String trackingCode);
}
