package io.shoporders.payment.gateway.paypal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The PayPal gateway, under {@code payment.paypal}. */
@ConfigMapping(prefix = "payment.paypal")
public interface PayPalSettings {

  /** Base URL of PayPal's REST API (sandbox: https://api-m.sandbox.paypal.com). */
  @WithDefault("https://api-m.paypal.com")
  String apiBase();

  /** REST app client id, from the environment only; unset: the gateway refuses to work. */
  Optional<String> clientId();

  /** REST app secret, from the environment only. */
  Optional<String> clientSecret();

  /** How long to wait for a connection to PayPal. */
  @WithDefault("PT5S")
  Duration connectTimeout();

  /** How long to wait for PayPal's answer. */
  @WithDefault("PT10S")
  Duration readTimeout();

  /** Hold assumed when PayPal's answer has no expiration_time; PayPal documents 29 days. */
  @WithDefault("P29D")
  Duration holdWindow();
}
