package io.shoporders.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StackEnvironmentTest {

  @Test
  void theSandboxShopRaisesThePerCardAndPerEmailLimits() {
    Map<String, String> limits = StackEnvironment.sandboxFraudLimits(Map.of());

    assertThat(Integer.parseInt(limits.get("PAYMENT_FRAUD_MAX_ORDERS_PER_CARD")))
        .isGreaterThanOrEqualTo(10_000);
    assertThat(Integer.parseInt(limits.get("PAYMENT_FRAUD_MAX_ORDERS_PER_EMAIL")))
        .isGreaterThanOrEqualTo(100);
  }

  @Test
  void aLimitSetInTheLaunchersEnvironmentIsLeftToIt() {
    Map<String, String> limits =
        StackEnvironment.sandboxFraudLimits(Map.of("PAYMENT_FRAUD_MAX_ORDERS_PER_EMAIL", "5"));

    assertThat(limits).containsOnlyKeys("PAYMENT_FRAUD_MAX_ORDERS_PER_CARD");
  }
}
