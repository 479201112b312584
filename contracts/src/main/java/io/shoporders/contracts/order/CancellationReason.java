package io.shoporders.contracts.order;

/** Why an order was cancelled. */
public enum CancellationReason {
  /** The gateway or the fraud rules declined the payment; nothing was authorized. */
  PAYMENT_DECLINED,
  /** Some line could not be reserved after the payment was authorized; the hold is voided. */
  OUT_OF_STOCK,
  /** The label existed but the capture failed; the label is voided, the stock released. */
  CAPTURE_FAILED,
  /** The customer cancelled before the order shipped. */
  CUSTOMER_REQUEST,
  /** An operator cancelled before the order shipped. */
  OPERATOR_REQUEST
}
