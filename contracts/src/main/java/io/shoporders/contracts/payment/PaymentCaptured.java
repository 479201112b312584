package io.shoporders.contracts.payment;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.Require;
import io.shoporders.contracts.money.Money;
import java.util.UUID;

/** The held amount was taken: the customer is charged. Happens at most once per order. */
@JsonClassDescription(
    "The held amount was taken: the customer is charged. Only after the label exists, at most"
        + " once per order.")
public record PaymentCaptured(
    @JsonPropertyDescription("payment-service's id of the payment.") UUID paymentId,
    @JsonPropertyDescription("The amount charged.") Money amount)
    implements EventPayload {

  public PaymentCaptured {
    Require.present(paymentId, "paymentId");
    Require.present(amount, "amount");
  }
}
