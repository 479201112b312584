package io.shoporders.order.persistence;

import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.order.OrderCancelled;
import io.shoporders.contracts.order.OrderConfirmed;
import io.shoporders.contracts.order.OrderShipped;
import io.shoporders.order.domain.Outcome;
import io.shoporders.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The events order-service emits when an order is confirmed, shipped or cancelled. */
@ApplicationScoped
class Announcements {

  private final Outbox outbox;

  Announcements(Outbox outbox) {
    this.outbox = outbox;
  }

  /** The payload announcing the outcome, from the order as it stands after it. */
  EventPayload payload(OrderEntity order, Outcome outcome) {
    return switch (outcome) {
      case CONFIRMED -> new OrderConfirmed(order.orderNumber, order.customer(), order.grandTotal());
      case SHIPPED ->
          new OrderShipped(
              order.orderNumber,
              order.customer(),
              order.grandTotal(),
              order.carrier,
              order.trackingCode,
              order.trackingUrl);
      case CANCELLED ->
          new OrderCancelled(
              order.orderNumber,
              order.customer(),
              order.grandTotal(),
              order.cancelReason,
              order.cancelDetail,
              order.paymentCaptured);
    };
  }

  /** One line for the timeline, with no personal data. */
  String summary(OrderEntity order, Outcome outcome) {
    return switch (outcome) {
      case CONFIRMED -> "confirmed: payment of " + order.grandTotal() + " authorized";
      case SHIPPED -> "shipped with " + order.carrier + ", tracking " + order.trackingCode;
      case CANCELLED ->
          "cancelled: "
              + order.cancelReason
              + (order.cancelDetail == null ? "" : " (" + order.cancelDetail + ")");
    };
  }

  /** Writes the event to the outbox, in the current transaction. */
  Uni<Void> emit(EventEnvelope<?> event) {
    return outbox.emit(event);
  }
}
