package io.shoporders.payment.gateway.nexi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shoporders.payment.gateway.GatewayOutcome;
import io.shoporders.payment.gateway.GatewayUnavailableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Posts one request to XPay and sorts the answer: a 2xx is its JSON body; no answer, a 429 or a 5xx
 * is transient; any other 4xx is a {@link NexiRefusal}.
 */
final class NexiHttp {

  private final HttpClient client;
  private final NexiSettings settings;
  private final ObjectMapper json;

  NexiHttp(NexiSettings settings, ObjectMapper json) {
    this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build();
    this.settings = settings;
    this.json = json;
  }

  JsonNode post(String path, Object body, String idempotencyKey) {
    HttpResponse<String> response = exchange(request(path, body, idempotencyKey));
    int status = response.statusCode();
    if (status == 429 || status >= 500) {
      throw new GatewayUnavailableException("Nexi answered HTTP " + status);
    }
    JsonNode answer = parse(response.body());
    if (status >= 400) {
      throw new NexiRefusal(refusal(status, answer));
    }
    return answer;
  }

  /**
   * XPay asks for a UUID as Idempotency-Key and as Correlation-Id. The key is a name-based UUID of
   * the service's {@code <orderId>:<operation>}, so a retry sends the same one; the correlation id
   * only traces one request and is new each time.
   */
  private HttpRequest request(String path, Object body, String idempotencyKey) {
    byte[] key = idempotencyKey.getBytes(StandardCharsets.UTF_8);
    return HttpRequest.newBuilder(URI.create(settings.apiBase() + path))
        .timeout(settings.readTimeout())
        .header("X-API-KEY", apiKey())
        .header("Content-Type", "application/json")
        .header("Correlation-Id", UUID.randomUUID().toString())
        .header("Idempotency-Key", UUID.nameUUIDFromBytes(key).toString())
        .POST(HttpRequest.BodyPublishers.ofString(write(body)))
        .build();
  }

  /** XPay's error body is a list of {@code {code, description}}; its codes are not published. */
  private static GatewayOutcome.Declined refusal(int status, JsonNode answer) {
    JsonNode error = answer.path("errors").path(0);
    String message = error.path("description").asText("HTTP " + status);
    String code = status == 400 ? "invalid_request" : "generic_decline";
    return new GatewayOutcome.Declined(code, error.path("code").asText("") + " " + message);
  }

  private HttpResponse<String> exchange(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new GatewayUnavailableException("Nexi: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GatewayUnavailableException("Nexi: interrupted", e);
    }
  }

  private String apiKey() {
    return settings
        .apiKey()
        .orElseThrow(() -> new IllegalStateException("payment.nexi.api-key is not set"));
  }

  private String write(Object body) {
    try {
      return json.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a Nexi request", e);
    }
  }

  private JsonNode parse(String body) {
    try {
      return body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("Nexi answered something that is not JSON", e);
    }
  }
}
