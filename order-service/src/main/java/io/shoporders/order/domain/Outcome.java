package io.shoporders.order.domain;

/** An event order-service emits because of a fact it recorded. */
public enum Outcome {
  /** OrderConfirmed: the payment is authorized. */
  CONFIRMED,
  /** OrderShipped: the label exists and the payment is captured. */
  SHIPPED,
  /** OrderCancelled: a step failed or a person cancelled. */
  CANCELLED
}
