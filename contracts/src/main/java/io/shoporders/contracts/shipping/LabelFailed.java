package io.shoporders.contracts.shipping;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.Require;

/**
 * A label could not be made this time. Emitted on each failed attempt that changes what an operator
 * should know; the order stays in fulfilment while shipping retries or waits.
 */
@JsonClassDescription(
    "A label could not be made, after shipping-service's own retries with back-off. The shipment"
        + " waits for an operator's retry; the order is not cancelled by this.")
public record LabelFailed(
    @JsonPropertyDescription("Carrier code that was asked, e.g. brt, poste, dhl, sandbox.")
        String carrier,
    @JsonPropertyDescription(
            "Why, as a lower_snake_case code: carrier_unavailable, address_needs_review,"
                + " parcel_too_heavy, ...")
        String reason,
    @JsonPropertyDescription(
            "Whether a retry as is can succeed (the carrier was unavailable); false means the"
                + " address or the parcel must change first.")
        boolean retryable,
    @JsonPropertyDescription("Attempts made so far, at least 1.") int attempts)
    implements EventPayload {

  public LabelFailed {
    Require.text(carrier, "carrier");
    Require.code(reason, "reason");
    Require.positive(attempts, "attempts");
  }
}
