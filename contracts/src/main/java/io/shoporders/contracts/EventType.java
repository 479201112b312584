package io.shoporders.contracts;

import io.shoporders.contracts.inventory.ProductChanged;
import io.shoporders.contracts.inventory.StockReleased;
import io.shoporders.contracts.inventory.StockReserved;
import io.shoporders.contracts.inventory.StockUnavailable;
import io.shoporders.contracts.notification.NotificationFailed;
import io.shoporders.contracts.notification.NotificationSent;
import io.shoporders.contracts.order.OrderCancelled;
import io.shoporders.contracts.order.OrderConfirmed;
import io.shoporders.contracts.order.OrderPlaced;
import io.shoporders.contracts.order.OrderShipped;
import io.shoporders.contracts.payment.PaymentAuthorized;
import io.shoporders.contracts.payment.PaymentCaptureFailed;
import io.shoporders.contracts.payment.PaymentCaptured;
import io.shoporders.contracts.payment.PaymentDeclined;
import io.shoporders.contracts.payment.PaymentRefunded;
import io.shoporders.contracts.payment.PaymentVoided;
import io.shoporders.contracts.shipping.LabelCreated;
import io.shoporders.contracts.shipping.LabelFailed;
import io.shoporders.contracts.shipping.LabelVoided;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every event of the saga, with its payload record and the version of that payload producers write
 * today. The Kafka topic of an event is its type name.
 */
public enum EventType {
  OrderPlaced(OrderPlaced.class, 1),
  OrderConfirmed(OrderConfirmed.class, 1),
  OrderShipped(OrderShipped.class, 1),
  OrderCancelled(OrderCancelled.class, 1),
  PaymentAuthorized(PaymentAuthorized.class, 1),
  PaymentDeclined(PaymentDeclined.class, 1),
  PaymentCaptured(PaymentCaptured.class, 1),
  PaymentCaptureFailed(PaymentCaptureFailed.class, 1),
  PaymentVoided(PaymentVoided.class, 1),
  PaymentRefunded(PaymentRefunded.class, 1),
  StockReserved(StockReserved.class, 1),
  StockUnavailable(StockUnavailable.class, 1),
  StockReleased(StockReleased.class, 1),
  ProductChanged(ProductChanged.class, 1),
  LabelCreated(LabelCreated.class, 1),
  LabelFailed(LabelFailed.class, 1),
  LabelVoided(LabelVoided.class, 1),
  NotificationSent(NotificationSent.class, 1),
  NotificationFailed(NotificationFailed.class, 1);

  private final Class<? extends EventPayload> payloadType;
  private final int currentVersion;

  EventType(Class<? extends EventPayload> payloadType, int currentVersion) {
    this.payloadType = payloadType;
    this.currentVersion = currentVersion;
  }

  /** The topic that carries this event. */
  public String topic() {
    return name();
  }

  /** The record of this event's payload. */
  public Class<? extends EventPayload> payloadType() {
    return payloadType;
  }

  /** The payload version producers write; consumers read every version up to it. */
  public int currentVersion() {
    return currentVersion;
  }

  /** Whether this build can read the given payload version of this event. */
  public boolean supports(int version) {
    return version >= 1 && version <= currentVersion;
  }

  /** What the event is about, and so what its Kafka key is. */
  public Aggregate aggregate() {
    return this == ProductChanged ? Aggregate.PRODUCT : Aggregate.ORDER;
  }

  /**
   * Whether another event caused this one. OrderPlaced and ProductChanged start from a person's
   * request, so they have no cause; every other event names the event it reacts to.
   */
  public boolean hasCause() {
    return this != OrderPlaced && this != ProductChanged;
  }

  /** The event type whose payload is the given record. */
  public static EventType of(Class<?> payloadType) {
    return Stream.of(values())
        .filter(type -> type.payloadType.equals(payloadType))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(payloadType + " is no event payload"));
  }

  /** The event type with this exact name, if this build knows it. */
  public static Optional<EventType> named(String name) {
    return Stream.of(values()).filter(type -> type.name().equals(name)).findFirst();
  }
}
