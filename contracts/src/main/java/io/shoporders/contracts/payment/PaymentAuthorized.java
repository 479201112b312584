package io.shoporders.contracts.payment;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.Require;
import io.shoporders.contracts.money.Money;
import java.time.Instant;
import java.util.UUID;

/** The gateway holds the order's grand total on the customer's payment method. */
@JsonClassDescription(
    "The gateway holds the order's grand total on the customer's payment method, until it is"
        + " captured, voided, or expires.")
public record PaymentAuthorized(
    @JsonPropertyDescription(
            "payment-service's id of the payment; the same in every later payment event.")
        UUID paymentId,
    @JsonPropertyDescription("Gateway that holds the money: sandbox, stripe, paypal, nexi.")
        String gateway,
    @JsonPropertyDescription("The amount held: the order's grand total.") Money amount,
    @JsonPropertyDescription("When the gateway releases the hold if it is not captured (UTC).")
        Instant expiresAt)
    implements EventPayload {

  public PaymentAuthorized {
    Require.present(paymentId, "paymentId");
    Require.text(gateway, "gateway");
    Require.present(amount, "amount");
    Require.present(expiresAt, "expiresAt");
  }
}
