package io.shoporders.payment.gateway.sandbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The sandbox gateway, under {@code payment.sandbox}. */
@ConfigMapping(prefix = "payment.sandbox")
public interface SandboxSettings {

  /** How long an authorization holds before a capture is refused; card networks allow 7 days. */
  @WithDefault("P7D")
  Duration holdWindow();

  /** Shared secret of sandbox webhook signatures (from the environment); unset: none is valid. */
  Optional<String> webhookSecret();
}
