package io.shoporders.notification.messaging;

import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.order.OrderCancelled;
import io.shoporders.contracts.order.OrderConfirmed;
import io.shoporders.contracts.order.OrderPlaced;
import io.shoporders.contracts.order.OrderShipped;
import io.shoporders.notification.config.NotificationConfig;
import io.shoporders.notification.delivery.Delivery;
import io.shoporders.notification.persistence.NotificationRepository;
import io.shoporders.notification.template.Message;
import io.shoporders.notification.template.MessageRenderer;
import io.shoporders.outbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Turns each order event into the customer's message: the intent is recorded in the transaction
 * that records the event as handled; once that transaction has committed, the message is sent in
 * the background and the record acknowledged, so a mail server that is down holds up no other
 * event.
 */
@ApplicationScoped
class OrderEventsConsumer {

  static final String GROUP = "notification-service";
  static final String ORDER_PLACED = "order-placed";
  static final String ORDER_CONFIRMED = "order-confirmed";
  static final String ORDER_CANCELLED = "order-cancelled";
  static final String ORDER_SHIPPED = "order-shipped";

  private static final Logger LOG = Logger.getLogger(OrderEventsConsumer.class);

  private final IdempotentConsumer consumer;
  private final MessageRenderer renderer;
  private final NotificationRepository notifications;
  private final Delivery delivery;
  private final boolean sendsOrderConfirmed;

  OrderEventsConsumer(
      IdempotentConsumer consumer,
      MessageRenderer renderer,
      NotificationRepository notifications,
      Delivery delivery,
      NotificationConfig config) {
    this.consumer = consumer;
    this.renderer = renderer;
    this.notifications = notifications;
    this.delivery = delivery;
    this.sendsOrderConfirmed = config.shop().sendsOrderConfirmed();
  }

  @Incoming(ORDER_PLACED)
  Uni<Void> onOrderPlaced(String json) {
    return consume(json, OrderPlaced.class, renderer::orderReceived);
  }

  @Incoming(ORDER_CONFIRMED)
  Uni<Void> onOrderConfirmed(String json) {
    return consume(json, OrderConfirmed.class, this::orderConfirmed);
  }

  @Incoming(ORDER_CANCELLED)
  Uni<Void> onOrderCancelled(String json) {
    return consume(json, OrderCancelled.class, renderer::orderCancelled);
  }

  @Incoming(ORDER_SHIPPED)
  Uni<Void> onOrderShipped(String json) {
    return consume(json, OrderShipped.class, renderer::orderShipped);
  }

  private Message orderConfirmed(OrderConfirmed confirmed) {
    return sendsOrderConfirmed ? renderer.orderConfirmed(confirmed) : null;
  }

  private <P extends EventPayload> Uni<Void> consume(
      String json, Class<P> type, Function<P, Message> write) {
    AtomicReference<UUID> intended = new AtomicReference<>();
    return consumer
        .handle(
            GROUP,
            json,
            type,
            event -> intend(event, write).invoke(intended::set).replaceWithVoid())
        .invoke(() -> delivery.start(intended.get()));
  }

  private <P extends EventPayload> Uni<UUID> intend(
      EventEnvelope<P> event, Function<P, Message> write) {
    Message message = write.apply(event.payload());
    if (message == null) {
      LOG.infof(
          "%s for order %s: this shop sends no message for it", event.type(), event.orderId());
      return Uni.createFrom().nullItem();
    }
    return notifications
        .intend(event.orderId(), event.eventId(), message)
        .invoke(id -> logIntent(event, message, id));
  }

  private static void logIntent(EventEnvelope<?> event, Message message, UUID id) {
    if (id == null) {
      LOG.infof("%s for order %s was decided before, nothing new", message.kind(), event.orderId());
    } else {
      LOG.debugf("%s for order %s intended as %s", message.kind(), event.orderId(), id);
    }
  }
}
