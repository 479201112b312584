package io.shoporders.inventory.messaging;

import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.inventory.StockReserved;
import io.shoporders.contracts.order.OrderCancelled;
import io.shoporders.contracts.order.OrderLine;
import io.shoporders.contracts.order.OrderPlaced;
import io.shoporders.contracts.payment.PaymentAuthorized;
import io.shoporders.contracts.payment.PaymentCaptured;
import io.shoporders.inventory.handoff.Handoffs;
import io.shoporders.inventory.persistence.OrderLineEntity;
import io.shoporders.inventory.persistence.OrderRecordEntity;
import io.shoporders.inventory.persistence.OrderRecords;
import io.shoporders.inventory.persistence.ReservationEntity;
import io.shoporders.outbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * inventory-service's part of the saga, one method per event it reacts to:
 *
 * <table>
 *   <caption>reactions</caption>
 *   <tr><th>event</th><th>reaction</th><th>compensation</th></tr>
 *   <tr><td>OrderPlaced</td><td>records the lines</td><td>nothing is held yet</td></tr>
 *   <tr><td>PaymentAuthorized</td><td>reserves all lines or none: StockReserved or
 *       StockUnavailable; never for a cancelled order</td><td>OrderCancelled releases</td></tr>
 *   <tr><td>PaymentCaptured</td><td>reserved units leave the stock</td><td>OrderCancelled puts
 *       them back</td></tr>
 *   <tr><td>StockReserved</td><td>records a hand-off per destination (warehouse, each
 *       supplier), delivered apart</td><td>OrderCancelled recalls undelivered ones</td></tr>
 *   <tr><td>OrderCancelled</td><td>releases once (StockReleased); nothing when nothing is
 *       held; recalls undelivered hand-offs</td><td>is itself the compensation</td></tr>
 * </table>
 *
 * <p>Every handler locks the order's row first, so events of one order take turns whichever
 * consumer reads them.
 */
@ApplicationScoped
class SagaConsumers {

  static final String GROUP = "inventory-service";
  private static final Logger LOG = Logger.getLogger(SagaConsumers.class);

  private final IdempotentConsumer consumer;
  private final OrderRecords orders;
  private final Reservations reservations;
  private final Settlements settlements;
  private final Handoffs handoffs;
  private final Clock clock;

  SagaConsumers(
      IdempotentConsumer consumer,
      OrderRecords orders,
      Reservations reservations,
      Settlements settlements,
      Handoffs handoffs,
      Clock clock) {
    this.consumer = consumer;
    this.orders = orders;
    this.reservations = reservations;
    this.settlements = settlements;
    this.handoffs = handoffs;
    this.clock = clock;
  }

  @Incoming(Channels.ORDER_PLACED)
  Uni<Void> onOrderPlaced(String json) {
    return consumer.handle(GROUP, json, OrderPlaced.class, this::recordLines);
  }

  @Incoming(Channels.PAYMENT_AUTHORIZED)
  Uni<Void> onPaymentAuthorized(String json) {
    return consumer.handle(GROUP, json, PaymentAuthorized.class, this::recordAuthorization);
  }

  @Incoming(Channels.PAYMENT_CAPTURED)
  Uni<Void> onPaymentCaptured(String json) {
    return consumer.handle(GROUP, json, PaymentCaptured.class, this::recordCapture);
  }

  @Incoming(Channels.ORDER_CANCELLED)
  Uni<Void> onOrderCancelled(String json) {
    return consumer.handle(GROUP, json, OrderCancelled.class, this::recordCancellation);
  }

  @Incoming(Channels.STOCK_RESERVED)
  Uni<Void> onStockReserved(String json) {
    return consumer.handle(GROUP, json, StockReserved.class, handoffs::record);
  }

  private Uni<Void> recordLines(EventEnvelope<OrderPlaced> placed) {
    return orders
        .locked(placed.orderId(), clock.instant())
        .chain(
            order -> {
              if (order.placedEventId != null) {
                return Uni.createFrom().voidItem();
              }
              order.placedEventId = placed.eventId();
              order.updatedAt = clock.instant();
              return OrderLineEntity.persist(lines(placed))
                  .invoke(() -> LOG.infof("Order %s: lines recorded", order.orderId))
                  .chain(() -> reservations.reserveIfReady(order));
            });
  }

  private Uni<Void> recordAuthorization(EventEnvelope<PaymentAuthorized> authorized) {
    return orders
        .locked(authorized.orderId(), clock.instant())
        .chain(
            order -> {
              if (order.cancelled) {
                LOG.infof(
                    "Order %s: authorized after its cancellation, not reserved", order.orderId);
                return Uni.createFrom().voidItem();
              }
              if (order.authorizationEventId == null) {
                order.authorizationEventId = authorized.eventId();
                order.updatedAt = clock.instant();
              }
              return reservations.reserveIfReady(order);
            });
  }

  private Uni<Void> recordCapture(EventEnvelope<PaymentCaptured> captured) {
    return orders
        .locked(captured.orderId(), clock.instant())
        .chain(
            order ->
                order.cancelled
                    ? none(order, "capture after cancellation ignored")
                    : reservationOf(order)
                        .chain(
                            reservation ->
                                reservation == null
                                    ? none(order, "capture without a reservation ignored")
                                    : settlements.ship(reservation)));
  }

  private Uni<Void> recordCancellation(EventEnvelope<OrderCancelled> cancelled) {
    return orders
        .locked(cancelled.orderId(), clock.instant())
        .invoke(order -> order.cancelled = true)
        .invoke(order -> order.updatedAt = clock.instant())
        .chain(
            order ->
                reservationOf(order)
                    .chain(
                        reservation ->
                            reservation == null
                                ? none(order, "cancelled with nothing reserved")
                                : settlements.release(reservation, cancelled)))
        .chain(() -> handoffs.recall(cancelled.orderId()));
  }

  private static Uni<ReservationEntity> reservationOf(OrderRecordEntity order) {
    return ReservationEntity.findById(order.orderId);
  }

  private static Uni<Void> none(OrderRecordEntity order, String outcome) {
    LOG.infof("Order %s: %s", order.orderId, outcome);
    return Uni.createFrom().voidItem();
  }

  private static List<OrderLineEntity> lines(EventEnvelope<OrderPlaced> placed) {
    List<OrderLineEntity> lines = new ArrayList<>();
    List<OrderLine> ordered = placed.payload().lines();
    for (int i = 0; i < ordered.size(); i++) {
      OrderLine line = ordered.get(i);
      lines.add(OrderLineEntity.of(placed.orderId(), i + 1, line.sku(), line.quantity()));
    }
    return lines;
  }
}
