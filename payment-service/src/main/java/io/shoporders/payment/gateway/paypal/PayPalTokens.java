package io.shoporders.payment.gateway.paypal;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * OAuth 2.0 client-credentials tokens, fetched once and kept until shortly before PayPal says they
 * expire, so a payment call does not cost a token call. Synchronized: calls run on worker threads.
 */
final class PayPalTokens {

  /** Renewed this early so a token never expires between the check and PayPal reading it. */
  private static final Duration MARGIN = Duration.ofSeconds(60);

  private final PayPalSettings settings;
  private final PayPalHttp http;
  private final Clock clock;
  private String token;
  private Instant renewAt = Instant.MIN;

  PayPalTokens(PayPalSettings settings, PayPalHttp http, Clock clock) {
    this.settings = settings;
    this.http = http;
    this.clock = clock;
  }

  synchronized String current() {
    if (token == null || !clock.instant().isBefore(renewAt)) {
      JsonNode answer = http.send(tokenRequest());
      token = answer.path("access_token").asText();
      renewAt = clock.instant().plusSeconds(answer.path("expires_in").asLong()).minus(MARGIN);
    }
    return token;
  }

  /** PayPal refused the token (401): the next call fetches a new one. */
  synchronized void forget() {
    token = null;
  }

  private HttpRequest.Builder tokenRequest() {
    return HttpRequest.newBuilder(URI.create(settings.apiBase() + "/v1/oauth2/token"))
        .header("Authorization", "Basic " + credentials())
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"));
  }

  private String credentials() {
    String id = settings.clientId().orElseThrow(() -> notSet("client-id"));
    String secret = settings.clientSecret().orElseThrow(() -> notSet("client-secret"));
    byte[] pair = (id + ":" + secret).getBytes(StandardCharsets.UTF_8);
    return Base64.getEncoder().encodeToString(pair);
  }

  private static IllegalStateException notSet(String key) {
    return new IllegalStateException("payment.paypal." + key + " is not set");
  }
}
