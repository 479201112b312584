package io.shoporders.inventory.domain;

/**
 * Where an order's reservation stands. It is created HELD or REFUSED; a capture closes a HELD one
 * as CAPTURED, a cancellation closes a HELD or CAPTURED one as RELEASED. Every other event leaves
 * it as it is, which makes a second release or a late capture do nothing.
 */
public enum ReservationStatus {
  /** The units are set aside, not yet shipped. */
  HELD,
  /** The payment was captured: the units left the stock for good. */
  CAPTURED,
  /** The order was cancelled: the units are back on sale. */
  RELEASED,
  /** Some line was short: nothing was held. */
  REFUSED;

  /** What a cancellation does to the units of a reservation in this status. */
  public Release onCancel() {
    return switch (this) {
      case HELD -> Release.UNRESERVE;
      case CAPTURED -> Release.RESTOCK;
      case RELEASED, REFUSED -> Release.NOTHING;
    };
  }

  /** Whether a capture turns this reservation into a shipment. */
  public boolean capturable() {
    return this == HELD;
  }

  /** How a cancellation gives units back. */
  public enum Release {
    /** Reserved units become available again. */
    UNRESERVE,
    /** Units that already left the stock at capture are put back on hand. */
    RESTOCK,
    /** Nothing is held: a cancellation changes nothing. */
    NOTHING
  }
}
