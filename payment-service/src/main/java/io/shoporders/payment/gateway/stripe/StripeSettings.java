package io.shoporders.payment.gateway.stripe;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The Stripe gateway, under {@code payment.stripe}. */
@ConfigMapping(prefix = "payment.stripe")
public interface StripeSettings {

  /** Base URL of Stripe's API; tests point it at a local stand-in. */
  @WithDefault("https://api.stripe.com")
  String apiBase();

  /** Secret API key (sk_...), from the environment only; unset: the gateway refuses to work. */
  Optional<String> apiKey();

  /** Signing secret of Stripe's webhook endpoint (whsec_...), from the environment only. */
  Optional<String> webhookSecret();

  /** How long to wait for a connection to Stripe. */
  @WithDefault("PT5S")
  Duration connectTimeout();

  /** How long to wait for Stripe's answer. */
  @WithDefault("PT10S")
  Duration readTimeout();

  /** How long Stripe holds an uncaptured card payment; 7 days for most cards. */
  @WithDefault("P7D")
  Duration holdWindow();

  /** How old a webhook's signature timestamp may be before it is refused as a replay. */
  @WithDefault("PT5M")
  Duration webhookTolerance();
}
