package io.shoporders.stack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Optional;

/** A point of an order's saga, and the event that marks it. */
enum Milestone {
  PLACED("OrderPlaced", null),
  CONFIRMED("OrderConfirmed", null),
  RESERVED("StockReserved", null),
  LABEL("LabelCreated", null),
  SHIPPED("OrderShipped", null),
  RECEIVED_EMAIL("NotificationSent", "ORDER_RECEIVED"),
  CANCELLED("OrderCancelled", null);

  private final String eventType;
  private final String notificationKind;

  Milestone(String eventType, String notificationKind) {
    this.eventType = eventType;
    this.notificationKind = notificationKind;
  }

  /** The milestone an event marks, if any; a NotificationSent counts only for its own kind. */
  static Optional<Milestone> of(String type, JsonNode payload) {
    return Arrays.stream(values())
        .filter(milestone -> milestone.eventType.equals(type))
        .filter(
            milestone ->
                milestone.notificationKind == null
                    || milestone.notificationKind.equals(payload.path("kind").asText()))
        .findFirst();
  }

  /** Whether an order that reached this milestone is done: shipped or cancelled. */
  boolean isFinal() {
    return this == SHIPPED || this == CANCELLED;
  }
}
