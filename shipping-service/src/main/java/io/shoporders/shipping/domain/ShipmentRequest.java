package io.shoporders.shipping.domain;

import java.util.UUID;

/**
 * Everything a carrier needs to book one parcel and print its label.
 *
 * @param reference shipping-service's shipment id, sent as the carrier's idempotency key so that a
 *     repeated booking returns the first one instead of a second parcel
 */
public record ShipmentRequest(
    UUID reference,
    String orderNumber,
    LabelAddress sender,
    LabelAddress recipient,
    String recipientEmail,
    String recipientPhone,
    int weightGrams,
    String serviceLevel) {

  @Override
  public String toString() {
    return "ShipmentRequest[reference=" + reference + ", orderNumber=" + orderNumber + "]";
  }
}
