package io.shoporders.payment.gateway.paypal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shoporders.payment.gateway.GatewayUnavailableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Sends one request to PayPal and sorts the answer: a 2xx is its JSON body, no answer, a 429 or a
 * 5xx is transient ({@link GatewayUnavailableException}), a 401 is an expired token (also
 * transient: the retry fetches a new one), any other 4xx is a {@link PayPalRefusal}.
 */
final class PayPalHttp {

  private final HttpClient client;
  private final PayPalSettings settings;
  private final ObjectMapper json;

  PayPalHttp(PayPalSettings settings, ObjectMapper json) {
    this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build();
    this.settings = settings;
    this.json = json;
  }

  JsonNode send(HttpRequest.Builder request) {
    HttpResponse<String> response = exchange(request.timeout(settings.readTimeout()).build());
    int status = response.statusCode();
    if (status == 429 || status == 401 || status >= 500) {
      throw new UnauthorizedOrUnavailable(status);
    }
    JsonNode body = parse(response.body());
    if (status >= 400) {
      throw new PayPalRefusal(PayPalDeclines.of(body));
    }
    return body;
  }

  private HttpResponse<String> exchange(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new GatewayUnavailableException("PayPal: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GatewayUnavailableException("PayPal: interrupted", e);
    }
  }

  private JsonNode parse(String body) {
    try {
      return body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("PayPal answered something that is not JSON", e);
    }
  }

  /** PayPal could not answer now; {@code unauthorized} says the token must be fetched again. */
  static final class UnauthorizedOrUnavailable extends GatewayUnavailableException {

    private final boolean unauthorized;

    UnauthorizedOrUnavailable(int status) {
      super("PayPal answered HTTP " + status);
      this.unauthorized = status == 401;
    }

    boolean unauthorized() {
      return unauthorized;
    }
  }
}
