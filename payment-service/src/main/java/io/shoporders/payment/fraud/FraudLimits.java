package io.shoporders.payment.fraud;

import io.shoporders.contracts.money.Money;
import java.util.Map;
import java.util.Set;

/**
 * The thresholds of the fraud rules.
 *
 * @param maxAmounts the largest amount per currency; a currency not listed has no amount limit
 * @param maxOrdersPerEmail orders one e-mail address may place within the window
 * @param maxOrdersPerCard orders one card fingerprint may pay within the window
 * @param allowedCountries shipping countries the shop delivers to
 */
public record FraudLimits(
    Map<String, Money> maxAmounts,
    int maxOrdersPerEmail,
    int maxOrdersPerCard,
    Set<String> allowedCountries) {

  public FraudLimits {
    maxAmounts = Map.copyOf(maxAmounts);
    allowedCountries = Set.copyOf(allowedCountries);
  }
}
