package io.shoporders.payment.fraud;

import io.shoporders.contracts.money.Money;
import java.util.Optional;

/**
 * The checks that run before any gateway is asked. A hit declines the payment with the decline code
 * {@link #DECLINE_CODE}; the hit's text goes to operators, never to the customer, so it does not
 * teach a fraudster which rule fired.
 */
public final class FraudRules {

  /** The decline code of every hit, as the contracts name it. */
  public static final String DECLINE_CODE = "fraud_suspected";

  private final FraudLimits limits;

  public FraudRules(FraudLimits limits) {
    this.limits = limits;
  }

  /** The first rule the order breaks, as an operator's explanation; empty when it passes. */
  public Optional<String> firstHit(FraudCheck check) {
    Money max = limits.maxAmounts().get(check.amount().currency());
    if (max != null && check.amount().amountMinor() > max.amountMinor()) {
      return Optional.of("amount " + check.amount() + " is above the limit of " + max);
    }
    if (check.earlierOrdersByEmail() >= limits.maxOrdersPerEmail()) {
      return Optional.of("too many orders from one e-mail address within the window");
    }
    if (check.earlierOrdersByCard() >= limits.maxOrdersPerCard()) {
      return Optional.of("too many orders with one card within the window");
    }
    if (!limits.allowedCountries().contains(check.shippingCountry())) {
      return Optional.of("shipping country " + check.shippingCountry() + " is not allowed");
    }
    return Optional.empty();
  }
}
