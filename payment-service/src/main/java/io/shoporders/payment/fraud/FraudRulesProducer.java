package io.shoporders.payment.fraud;

import io.shoporders.contracts.money.Money;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the framework-free rules from the configuration once. */
@Dependent
class FraudRulesProducer {

  @Produces
  @Singleton
  FraudRules fraudRules(FraudSettings settings) {
    Map<String, Money> maxAmounts =
        settings.maxAmount().entrySet().stream()
            .collect(
                Collectors.toMap(
                    Map.Entry::getKey, entry -> Money.ofMajor(entry.getValue(), entry.getKey())));
    return new FraudRules(
        new FraudLimits(
            maxAmounts,
            settings.maxOrdersPerEmail(),
            settings.maxOrdersPerCard(),
            settings.allowedCountries()));
  }
}
