package io.shoporders.shipping.domain;

/**
 * shipping-service's part of the saga, decided from the facts recorded for an order, never from the
 * order in which events arrived:
 *
 * <table>
 *   <caption>Reactions</caption>
 *   <tr><th>facts</th><th>step</th><th>compensation</th></tr>
 *   <tr><td>address and reserved stock, not cancelled</td><td>book the label (LabelCreated or
 *       LabelFailed)</td><td>void it on OrderCancelled (LabelVoided)</td></tr>
 *   <tr><td>cancelled, label made</td><td>void the label (LabelVoided)</td><td>itself the
 *       compensation</td></tr>
 *   <tr><td>cancelled, no label</td><td>never book one</td><td>nothing held</td></tr>
 * </table>
 */
public final class ShippingSaga {

  /** What to do next for one order. */
  public enum Next {
    /** Call the carrier for a label. */
    BOOK,
    /** Void the label at the carrier. */
    VOID,
    /** Close the shipment without a label: the order was cancelled before one existed. */
    CLOSE,
    /** Nothing now: a fact is missing, a booking is under way, or the shipment is final. */
    NOTHING
  }

  private ShippingSaga() {}

  /**
   * The next step for a shipment in {@code status} with the facts recorded so far. A booking under
   * way is left alone even when cancelled: its outcome is checked against the cancellation.
   */
  public static Next next(
      ShipmentStatus status, boolean addressKnown, boolean stockReserved, boolean cancelled) {
    if (cancelled) {
      return switch (status) {
        case LABELLED -> Next.VOID;
        case WAITING, FAILED -> Next.CLOSE;
        case BOOKING, VOIDED, CANCELLED -> Next.NOTHING;
      };
    }
    boolean ready = addressKnown && stockReserved && status == ShipmentStatus.WAITING;
    return ready ? Next.BOOK : Next.NOTHING;
  }

  /**
   * Whether an operator may change the address: before any booking, or after one that failed. A
   * booking in flight or a label made is the carrier's already; a cancelled order ships nothing.
   */
  public static boolean takesANewAddress(ShipmentStatus status, boolean cancelled) {
    return !cancelled && (status == ShipmentStatus.WAITING || status == ShipmentStatus.FAILED);
  }

  /**
   * What an operator's retry does: books again after a failure, or after a booking that never
   * recorded its outcome (the carrier's idempotency key returns the first parcel, if there was
   * one); voids a label that a cancellation could not void. Otherwise there is nothing to retry.
   */
  public static Next retry(ShipmentStatus status, boolean cancelled) {
    if (cancelled) {
      return switch (status) {
        case LABELLED -> Next.VOID;
        // The outcome of the finished booking sees the cancellation and voids the label.
        case BOOKING -> Next.BOOK;
        case WAITING, FAILED, VOIDED, CANCELLED -> Next.NOTHING;
      };
    }
    boolean stuck = status == ShipmentStatus.FAILED || status == ShipmentStatus.BOOKING;
    return stuck ? Next.BOOK : Next.NOTHING;
  }
}
