package io.shoporders.stack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.shoporders.stack.demo.OrderPoster.Placed;
import io.shoporders.stack.demo.Summary.OrderOutcome;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Everything the services report about one order: order-service's view and timeline,
 * payment-service's payment, shipping-service's shipment and notification-service's messages. A
 * service that never heard of the order leaves its part null (or, for messages, empty).
 */
record OrderRecord(
    Placed placed,
    JsonNode order,
    JsonNode timeline,
    JsonNode payment,
    JsonNode shipment,
    JsonNode notifications) {

  static OrderRecord read(Placed placed, JsonHttp http, ServiceUrls urls) throws IOException {
    String id = placed.orderId();
    return new OrderRecord(
        placed,
        http.find(urls.order() + "/orders/" + id),
        http.find(urls.order() + "/orders/" + id + "/timeline"),
        http.find(urls.payment() + "/payments/" + id),
        http.find(urls.shipping() + "/shipments/" + id),
        http.find(urls.notification() + "/notifications?orderId=" + id));
  }

  String status() {
    return order.path("status").asText();
  }

  OrderOutcome outcome() {
    JsonNode reason = order.path("cancellation").path("reason");
    return new OrderOutcome(
        placed.ref(), placed.orderId(), status(), reason.isMissingNode() ? null : reason.asText());
  }

  /** From the first timeline entry to the one that made the order final; null while open. */
  Duration duration() {
    Instant first = null;
    for (JsonNode entry : timeline) {
      Instant at = Instant.parse(entry.path("occurredAt").asText());
      first = first == null ? at : first;
      String type = entry.path("type").asText();
      if (type.equals("OrderShipped") || type.equals("OrderCancelled")) {
        return Duration.between(first, at);
      }
    }
    return null;
  }

  /**
   * Final, and the services have finished reacting to it: the payment captured or released, the
   * label issued or voided, the last message handed over and its outcome on the timeline. Some of
   * these follow the final state by a moment, and the summary must not catch them half-way.
   */
  boolean settled() {
    return Completion.FINAL.contains(status())
        && SETTLED_PAYMENTS.get(status()).contains(paymentStatus())
        && SETTLED_SHIPMENTS.get(status()).contains(shipmentStatus())
        && messagesSettled();
  }

  /** Where an unsettled order stands, for the report of stragglers. */
  String progress() {
    return status() + ", payment " + paymentStatus() + ", shipment " + shipmentStatus();
  }

  private static final Map<String, Set<String>> SETTLED_PAYMENTS =
      Map.of(
          "SHIPPED",
          Set.of("CAPTURED"),
          // NONE: cancelled before payment-service saw the order, so it never asked the gateway.
          "CANCELLED",
          Set.of("NONE", "DECLINED", "VOIDED", "REFUNDED", "REFUND_FAILED", "CAPTURE_FAILED"));

  private static final Map<String, Set<String>> SETTLED_SHIPMENTS =
      Map.of(
          "SHIPPED", Set.of("LABELLED"),
          "CANCELLED", Set.of("NONE", "CANCELLED", "VOIDED", "FAILED"));

  private boolean messagesSettled() {
    String lastKind = status().equals("SHIPPED") ? "ORDER_SHIPPED" : "ORDER_CANCELLED";
    boolean lastOneThere = false;
    int handedOver = 0;
    for (JsonNode message : notifications) {
      lastOneThere |= message.path("kind").asText().equals(lastKind);
      handedOver += message.path("status").asText().equals("INTENDED") ? 0 : 1;
    }
    return lastOneThere && handedOver == notifications.size() && handedOver == reportedMessages();
  }

  private int reportedMessages() {
    int reported = 0;
    for (JsonNode entry : timeline) {
      reported += entry.path("type").asText().startsWith("Notification") ? 1 : 0;
    }
    return reported;
  }

  String paymentStatus() {
    return payment == null ? "NONE" : payment.path("status").asText();
  }

  /** Why the carrier refused the label, kept after a cancellation; null when it did not. */
  String labelFailure() {
    JsonNode reason = shipment == null ? null : shipment.path("failureReason");
    return reason == null || reason.isMissingNode() || reason.isNull() ? null : reason.asText();
  }

  String shipmentStatus() {
    return shipment == null ? "NONE" : shipment.path("status").asText();
  }
}
