package io.shoporders.contracts.payment;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.Require;
import io.shoporders.contracts.money.Money;
import java.util.UUID;

/** The hold was released without charging. A voided authorization is never captured. */
@JsonClassDescription(
    "The hold was released without charging the customer. A voided authorization is never"
        + " captured.")
public record PaymentVoided(
    @JsonPropertyDescription("payment-service's id of the payment.") UUID paymentId,
    @JsonPropertyDescription("The amount released.") Money amount)
    implements EventPayload {

  public PaymentVoided {
    Require.present(paymentId, "paymentId");
    Require.present(amount, "amount");
  }
}
