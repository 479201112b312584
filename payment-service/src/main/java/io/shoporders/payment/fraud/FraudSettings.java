package io.shoporders.payment.fraud;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/** The fraud rules' thresholds, under {@code payment.fraud}. */
@ConfigMapping(prefix = "payment.fraud")
public interface FraudSettings {

  /**
   * Largest order per currency in major units, e.g. {@code max-amount.EUR=5000}; unlisted: none.
   */
  Map<String, BigDecimal> maxAmount();

  /** Orders one e-mail address may place within {@link #window()} before the next is declined. */
  @WithDefault("5")
  int maxOrdersPerEmail();

  /** Orders one card fingerprint may pay within {@link #window()} before the next is declined. */
  @WithDefault("20")
  int maxOrdersPerCard();

  /** How far back the order counts look. */
  @WithDefault("PT1H")
  Duration window();

  /** Shipping countries (ISO 3166-1 alpha-2) the shop delivers to; others are declined. */
  @WithDefault("IT,SM,VA")
  Set<String> allowedCountries();
}
