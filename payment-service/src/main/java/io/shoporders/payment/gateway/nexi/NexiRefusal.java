package io.shoporders.payment.gateway.nexi;

import io.shoporders.payment.gateway.GatewayOutcome;

/** XPay answered with a permanent refusal (4xx): carried up to be turned into an outcome. */
final class NexiRefusal extends RuntimeException {

  private final transient GatewayOutcome.Declined outcome;

  NexiRefusal(GatewayOutcome.Declined outcome) {
    super(outcome.code() + ": " + outcome.message());
    this.outcome = outcome;
  }

  GatewayOutcome.Declined outcome() {
    return outcome;
  }
}
