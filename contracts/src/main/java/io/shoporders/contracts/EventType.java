package io.shoporders.contracts;

/** Every event of the saga. The Kafka topic of an event is its type name. */
public enum EventType {
  OrderPlaced,
  OrderConfirmed,
  OrderShipped,
  OrderCancelled,
  PaymentAuthorized,
  PaymentDeclined,
  PaymentCaptured,
  PaymentCaptureFailed,
  PaymentVoided,
  PaymentRefunded,
  StockReserved,
  StockUnavailable,
  StockReleased,
  ProductChanged,
  LabelCreated,
  LabelFailed,
  LabelVoided,
  NotificationSent,
  NotificationFailed;

  /** The topic that carries this event. */
  public String topic() {
    return name();
  }
}
