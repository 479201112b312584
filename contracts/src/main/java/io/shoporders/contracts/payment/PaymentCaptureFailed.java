package io.shoporders.contracts.payment;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.Require;
import java.util.UUID;

/** The capture failed for good, after payment-service's own retries of transient errors. */
@JsonClassDescription(
    "The capture failed for good, after payment-service's retries of transient errors. The"
        + " customer is not charged.")
public record PaymentCaptureFailed(
    @JsonPropertyDescription("payment-service's id of the payment.") UUID paymentId,
    @JsonPropertyDescription(
            "Why, as a lower_snake_case code, e.g. authorization_expired, amount_mismatch,"
                + " processing_error.")
        String reason,
    @JsonPropertyDescription("The gateway's explanation in English, for operators.") String message)
    implements EventPayload {

  public PaymentCaptureFailed {
    Require.present(paymentId, "paymentId");
    Require.code(reason, "reason");
    Require.text(message, "message");
  }
}
