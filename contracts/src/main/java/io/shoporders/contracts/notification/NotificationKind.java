package io.shoporders.contracts.notification;

/** Which message a customer was sent, named after the event that caused it. */
public enum NotificationKind {
  /** After OrderPlaced: the shop has the order. */
  ORDER_RECEIVED,
  /** After OrderConfirmed, where the shop turns it on: the payment is confirmed. */
  ORDER_CONFIRMED,
  /** After OrderCancelled: why, and whether anything was charged. */
  ORDER_CANCELLED,
  /** After OrderShipped: carrier, tracking code and tracking link. */
  ORDER_SHIPPED
}
