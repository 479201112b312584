package io.shoporders.contracts.shipping;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.Require;
import java.util.UUID;

/** A label of a cancelled order was voided at the carrier: the parcel will not be collected. */
@JsonClassDescription(
    "The label of a cancelled order was voided at the carrier: nothing will be collected or"
        + " billed.")
public record LabelVoided(
    @JsonPropertyDescription("shipping-service's id of the shipment.") UUID shipmentId,
    @JsonPropertyDescription("Carrier code.") String carrier,
    @JsonPropertyDescription("Tracking code of the voided label.") String trackingCode)
    implements EventPayload {

  public LabelVoided {
    Require.present(shipmentId, "shipmentId");
    Require.text(carrier, "carrier");
    Require.text(trackingCode, "trackingCode");
  }
}
