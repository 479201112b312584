package io.shoporders.order.messaging;

import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.inventory.ProductChanged;
import io.shoporders.contracts.inventory.Shortage;
import io.shoporders.contracts.inventory.StockReleased;
import io.shoporders.contracts.inventory.StockReserved;
import io.shoporders.contracts.inventory.StockUnavailable;
import io.shoporders.contracts.notification.NotificationFailed;
import io.shoporders.contracts.notification.NotificationSent;
import io.shoporders.contracts.payment.PaymentAuthorized;
import io.shoporders.contracts.payment.PaymentCaptureFailed;
import io.shoporders.contracts.payment.PaymentCaptured;
import io.shoporders.contracts.payment.PaymentDeclined;
import io.shoporders.contracts.payment.PaymentRefunded;
import io.shoporders.contracts.payment.PaymentVoided;
import io.shoporders.contracts.saga.Participant;
import io.shoporders.contracts.shipping.LabelCreated;
import io.shoporders.contracts.shipping.LabelFailed;
import io.shoporders.contracts.shipping.LabelVoided;
import io.shoporders.order.domain.Fact;
import io.shoporders.order.domain.Shipment;
import io.shoporders.order.persistence.Catalogue;
import io.shoporders.order.persistence.OrderProgressRecorder;
import io.shoporders.outbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * order-service's part of the saga, one method per topic: the fact each event records (which may
 * move the order and emit OrderConfirmed, OrderShipped or OrderCancelled) and the line it adds to
 * the order's timeline. Every event is handled once, in one transaction with its effect.
 */
@ApplicationScoped
public class SagaConsumers {

  private static final String GROUP = Participant.ORDER.consumerGroup();

  private final IdempotentConsumer consumer;
  private final OrderProgressRecorder orders;
  private final Catalogue catalogue;

  SagaConsumers(IdempotentConsumer consumer, OrderProgressRecorder orders, Catalogue catalogue) {
    this.consumer = consumer;
    this.orders = orders;
    this.catalogue = catalogue;
  }

  @Incoming(Channels.PRODUCT_CHANGED)
  public Uni<Void> onProductChanged(String json) {
    return consumer.handle(GROUP, json, ProductChanged.class, catalogue::record);
  }

  @Incoming(Channels.PAYMENT_AUTHORIZED)
  public Uni<Void> onPaymentAuthorized(String json) {
    return fact(
        json,
        PaymentAuthorized.class,
        e -> new Fact.PaymentAuthorized(),
        e ->
            "payment of "
                + e.amount()
                + " authorized by "
                + e.gateway()
                + " until "
                + e.expiresAt());
  }

  @Incoming(Channels.PAYMENT_DECLINED)
  public Uni<Void> onPaymentDeclined(String json) {
    return fact(
        json,
        PaymentDeclined.class,
        e -> new Fact.PaymentDeclined(e.declineCode()),
        e -> "payment declined by " + e.gateway() + ": " + e.declineCode());
  }

  @Incoming(Channels.STOCK_RESERVED)
  public Uni<Void> onStockReserved(String json) {
    return fact(
        json,
        StockReserved.class,
        e -> new Fact.StockReserved(),
        e -> "stock reserved for " + e.lines().size() + " line(s)");
  }

  @Incoming(Channels.STOCK_UNAVAILABLE)
  public Uni<Void> onStockUnavailable(String json) {
    return fact(
        json,
        StockUnavailable.class,
        e -> new Fact.StockUnavailable(shortSkus(e)),
        e -> "stock unavailable for " + shortSkus(e));
  }

  @Incoming(Channels.LABEL_CREATED)
  public Uni<Void> onLabelCreated(String json) {
    return fact(
        json,
        LabelCreated.class,
        e -> new Fact.LabelCreated(shipment(e)),
        e ->
            "label created with "
                + e.carrier()
                + " ("
                + e.serviceLevel()
                + "), tracking "
                + e.trackingCode()
                + (e.correctedAddress() == null ? "" : ", to the address an operator corrected"));
  }

  @Incoming(Channels.PAYMENT_CAPTURED)
  public Uni<Void> onPaymentCaptured(String json) {
    return fact(
        json,
        PaymentCaptured.class,
        e -> new Fact.PaymentCaptured(),
        e -> "payment of " + e.amount() + " captured");
  }

  @Incoming(Channels.PAYMENT_CAPTURE_FAILED)
  public Uni<Void> onPaymentCaptureFailed(String json) {
    return fact(
        json,
        PaymentCaptureFailed.class,
        e -> new Fact.PaymentCaptureFailed(e.reason()),
        e -> "capture failed: " + e.reason());
  }

  @Incoming(Channels.LABEL_FAILED)
  public Uni<Void> onLabelFailed(String json) {
    return timeline(
        json,
        LabelFailed.class,
        e ->
            "label failed with "
                + e.carrier()
                + ": "
                + e.reason()
                + ", attempt "
                + e.attempts()
                + (e.retryable() ? ", retrying" : ", waiting for an operator"));
  }

  @Incoming(Channels.PAYMENT_VOIDED)
  public Uni<Void> onPaymentVoided(String json) {
    return timeline(json, PaymentVoided.class, e -> "authorization of " + e.amount() + " voided");
  }

  @Incoming(Channels.PAYMENT_REFUNDED)
  public Uni<Void> onPaymentRefunded(String json) {
    return timeline(json, PaymentRefunded.class, e -> e.amount() + " refunded");
  }

  @Incoming(Channels.STOCK_RELEASED)
  public Uni<Void> onStockReleased(String json) {
    return timeline(json, StockReleased.class, e -> "stock released: " + units(e));
  }

  @Incoming(Channels.LABEL_VOIDED)
  public Uni<Void> onLabelVoided(String json) {
    return timeline(
        json,
        LabelVoided.class,
        e -> "label voided at " + e.carrier() + ", tracking " + e.trackingCode());
  }

  @Incoming(Channels.NOTIFICATION_SENT)
  public Uni<Void> onNotificationSent(String json) {
    return timeline(json, NotificationSent.class, e -> e.kind() + " sent by " + e.channel());
  }

  @Incoming(Channels.NOTIFICATION_FAILED)
  public Uni<Void> onNotificationFailed(String json) {
    return timeline(
        json,
        NotificationFailed.class,
        e ->
            e.kind()
                + " not sent by "
                + e.channel()
                + ": "
                + e.reason()
                + (e.permanent() ? " (permanent)" : ""));
  }

  private <P extends EventPayload> Uni<Void> fact(
      String json, Class<P> type, Function<P, Fact> fact, Function<P, String> summary) {
    return consumer.handle(
        GROUP,
        json,
        type,
        event -> orders.record(event, fact.apply(event.payload()), summary.apply(event.payload())));
  }

  private <P extends EventPayload> Uni<Void> timeline(
      String json, Class<P> type, Function<P, String> summary) {
    return consumer.handle(
        GROUP, json, type, event -> orders.recordOnTimeline(event, summary.apply(event.payload())));
  }

  private static String shortSkus(StockUnavailable unavailable) {
    return unavailable.shortages().stream().map(Shortage::sku).collect(Collectors.joining(", "));
  }

  private static Shipment shipment(LabelCreated label) {
    return new Shipment(
        label.carrier(), label.trackingCode(), label.trackingUrl(), label.correctedAddress());
  }

  private static String units(StockReleased released) {
    return released.lines().stream()
        .map(line -> line.quantity() + " x " + line.sku())
        .collect(Collectors.joining(", "));
  }
}
