package io.shoporders.contracts.saga;

/**
 * Where an order stands, as order-service derives it from the facts it has recorded. Facts may
 * arrive in any order; a status only moves forward, and CANCELLED and SHIPPED are final.
 */
public enum OrderStatus {
  /** OrderPlaced was emitted; the payment is being authorized. */
  PLACED,
  /** PaymentAuthorized recorded; OrderConfirmed emitted. */
  CONFIRMED,
  /** Confirmed and StockReserved recorded: the label is being made. */
  IN_FULFILMENT,
  /** PaymentCaptured and LabelCreated recorded; OrderShipped emitted. */
  SHIPPED,
  /** OrderCancelled emitted, for one of the cancellation reasons. */
  CANCELLED;

  /** Whether no event moves the order any more. */
  public boolean terminal() {
    return this == SHIPPED || this == CANCELLED;
  }

  /** A customer or an operator may cancel an order until it has shipped. */
  public boolean cancellableOnRequest() {
    return !terminal();
  }
}
