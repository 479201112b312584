package io.shoporders.contracts.shipping;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.OptionalField;
import io.shoporders.contracts.Require;
import io.shoporders.contracts.order.Address;
import java.util.UUID;

/** The carrier accepted the parcel and issued its label: the goods can ship. */
@JsonClassDescription(
    "The carrier accepted the parcel and issued its label: the goods can ship, so the payment"
        + " may be captured.")
public record LabelCreated(
    @JsonPropertyDescription("shipping-service's id of the shipment.") UUID shipmentId,
    @JsonPropertyDescription("Carrier code, e.g. brt, poste, dhl, sandbox.") String carrier,
    @JsonPropertyDescription("The carrier's tracking code of the parcel.") String trackingCode,
    @JsonPropertyDescription("Link where the customer follows the parcel.") String trackingUrl,
    @JsonPropertyDescription("The carrier's service, e.g. standard, express.") String serviceLevel,
    @JsonPropertyDescription("Declared parcel weight in grams.") int weightGrams,
    @OptionalField
        @JsonPropertyDescription(
            "The address on the label when an operator corrected the one the order gave; absent"
                + " when the parcel goes to the order's address.")
        Address correctedAddress)
    implements EventPayload {

  public LabelCreated {
    Require.present(shipmentId, "shipmentId");
    Require.text(carrier, "carrier");
    Require.text(trackingCode, "trackingCode");
    Require.text(trackingUrl, "trackingUrl");
    Require.text(serviceLevel, "serviceLevel");
    Require.positive(weightGrams, "weightGrams");
  }
}
