package io.shoporders.shipping.domain;

/** Where a shipment stands. */
public enum ShipmentStatus {
  /** Facts are being recorded; the label waits for the address and the reserved stock. */
  WAITING,
  /** A carrier booking is under way: nobody else may start one. */
  BOOKING,
  /** The carrier issued the label. */
  LABELLED,
  /** No label: the reason says whether an operator must change something before a retry. */
  FAILED,
  /** The label was voided at the carrier after the order was cancelled. */
  VOIDED,
  /** The order was cancelled before any label existed; none will be made. */
  CANCELLED
}
