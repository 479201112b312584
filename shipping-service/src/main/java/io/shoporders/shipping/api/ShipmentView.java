package io.shoporders.shipping.api;

import io.shoporders.contracts.order.Address;
import io.shoporders.shipping.persistence.Shipment;
import java.util.UUID;

/**
 * A shipment as the API shows it. The recipient is the address exactly as ordered, or as an
 * operator corrected it, in UTF-8; only the label transliterates.
 */
record ShipmentView(
    UUID orderId,
    UUID shipmentId,
    String status,
    String orderNumber,
    String carrier,
    String serviceLevel,
    String trackingCode,
    String trackingUrl,
    Integer weightGrams,
    int attempts,
    String failureReason,
    boolean cancelled,
    boolean labelAvailable,
    Address recipient) {

  static ShipmentView of(Shipment shipment) {
    return new ShipmentView(
        shipment.orderId,
        shipment.id,
        shipment.status.name(),
        shipment.orderNumber,
        shipment.carrier,
        shipment.serviceLevel,
        shipment.trackingCode,
        shipment.trackingUrl,
        shipment.weightGrams,
        shipment.attempts,
        shipment.failureReason,
        shipment.cancelledEventId != null,
        shipment.labelPdf != null,
        shipment.placedEventId == null ? null : shipment.address());
  }
}
