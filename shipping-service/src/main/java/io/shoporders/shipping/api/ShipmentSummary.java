package io.shoporders.shipping.api;

import io.shoporders.shipping.persistence.Shipment;
import java.time.Instant;
import java.util.UUID;

/** A shipment in an operator's list: what it needs to pick one, and no personal data. */
record ShipmentSummary(
    UUID orderId,
    String orderNumber,
    String status,
    String carrier,
    int attempts,
    String failureReason,
    boolean cancelled,
    Instant updatedAt) {

  static ShipmentSummary of(Shipment shipment) {
    return new ShipmentSummary(
        shipment.orderId,
        shipment.orderNumber,
        shipment.status.name(),
        shipment.carrier,
        shipment.attempts,
        shipment.failureReason,
        shipment.cancelledEventId != null,
        shipment.updatedAt);
  }
}
