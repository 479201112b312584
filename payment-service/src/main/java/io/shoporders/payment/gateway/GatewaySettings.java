package io.shoporders.payment.gateway;

import io.smallrye.config.ConfigMapping;
import java.util.Map;

/** Which gateway serves which payment-method type, under {@code payment.gateway}. */
@ConfigMapping(prefix = "payment.gateway")
public interface GatewaySettings {

  /**
   * Payment-method type (PaymentMethod.type) to the gateway that serves it, e.g. {@code
   * routes.sandbox=sandbox}; a type not listed is declined as not supported.
   */
  Map<String, String> routes();
}
