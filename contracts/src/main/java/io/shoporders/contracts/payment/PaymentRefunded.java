package io.shoporders.contracts.payment;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.Require;
import io.shoporders.contracts.money.Money;
import java.util.UUID;

/** A captured amount was paid back, because a cancellation crossed the capture. */
@JsonClassDescription(
    "A captured amount was paid back to the customer, because the order was cancelled after"
        + " all.")
public record PaymentRefunded(
    @JsonPropertyDescription("payment-service's id of the payment.") UUID paymentId,
    @JsonPropertyDescription("The amount paid back: all of what was captured.") Money amount)
    implements EventPayload {

  public PaymentRefunded {
    Require.present(paymentId, "paymentId");
    Require.present(amount, "amount");
  }
}
