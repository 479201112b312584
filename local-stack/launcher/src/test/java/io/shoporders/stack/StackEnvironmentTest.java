package io.shoporders.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackEnvironmentTest {

  @TempDir Path home;

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

  @Test
  void theSandboxTrackingLinkUsesShippingServicesPortWithTheStacksOffset() throws Exception {
    StackSettings settings =
        StackSettings.fromEnvironment(home, Map.of("SHOP_PORT_OFFSET", "3000"));
    ServiceSpec shipping = ServiceSpec.ALL.get(3);

    Map<String, String> env =
        StackEnvironment.forService(settings, Secrets.loadOrCreate(home), shipping);

    assertThat(shipping.name()).isEqualTo("shipping-service");
    assertThat(env)
        .containsEntry(
            "SHIPPING_SANDBOX_TRACKING_URL",
            "http://127.0.0.1:11084/sandbox/tracking/{trackingCode}");
  }
}
