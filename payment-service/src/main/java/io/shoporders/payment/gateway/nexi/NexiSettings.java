package io.shoporders.payment.gateway.nexi;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The Nexi XPay gateway, under {@code payment.nexi}. */
@ConfigMapping(prefix = "payment.nexi")
public interface NexiSettings {

  /** Base URL of XPay's Payment API v1; tests point it at a local stand-in. */
  @WithDefault("https://xpay.nexigroup.com/api/phoenix-0.0/psp/api/v1")
  String apiBase();

  /** The X-API-KEY of the terminal, from the environment only; unset: the gateway refuses. */
  Optional<String> apiKey();

  /** How long to wait for a connection to Nexi. */
  @WithDefault("PT5S")
  Duration connectTimeout();

  /** How long to wait for Nexi's answer. */
  @WithDefault("PT10S")
  Duration readTimeout();

  /** How long an uncaptured authorization is taken to hold; XPay's answer does not say. */
  @WithDefault("P7D")
  Duration holdWindow();
}
