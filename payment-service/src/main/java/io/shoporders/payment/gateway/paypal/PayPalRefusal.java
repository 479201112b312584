package io.shoporders.payment.gateway.paypal;

import io.shoporders.payment.gateway.GatewayOutcome;

/** PayPal answered with a permanent refusal (4xx): carried up to be turned into an outcome. */
final class PayPalRefusal extends RuntimeException {

  private final transient GatewayOutcome.Declined outcome;

  PayPalRefusal(GatewayOutcome.Declined outcome) {
    super(outcome.code() + ": " + outcome.message());
    this.outcome = outcome;
  }

  GatewayOutcome.Declined outcome() {
    return outcome;
  }
}
