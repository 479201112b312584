package io.shoporders.shipping.carrier.poste;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shoporders.shipping.carrier.CarrierHttp;
import io.shoporders.shipping.carrier.CarrierUnavailableException;
import io.smallrye.mutiny.Uni;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The access token of the client credentials, from POST {base-url}/user/sessions, kept until a
 * minute before it expires. Two bookings that find it expired both fetch one; either token works.
 */
final class PosteSession {

  private static final Duration MARGIN = Duration.ofMinutes(1);

  private final PosteConfig config;
  private final CarrierHttp http;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();
  private final AtomicReference<Token> current = new AtomicReference<>();

  PosteSession(PosteConfig config, CarrierHttp http, Clock clock) {
    this.config = config;
    this.http = http;
    this.clock = clock;
  }

  /** A valid access token, fetched when there is none or it is about to expire. */
  Uni<String> token() {
    Token token = current.get();
    if (token != null && clock.instant().isBefore(token.renewAt())) {
      return Uni.createFrom().item(token.value());
    }
    return http.send(this::request).map(response -> read(response.body())).map(this::kept);
  }

  private String kept(Answer answer) {
    Instant renewAt = clock.instant().plusSeconds(answer.expiresIn()).minus(MARGIN);
    current.set(new Token(answer.accessToken(), renewAt));
    return answer.accessToken();
  }

  private HttpRequest request() {
    Credentials body =
        new Credentials(
            http.required(config.clientId(), "client id"),
            http.required(config.clientSecret(), "client secret"),
            http.required(config.scope(), "scope"),
            "client_credentials");
    return HttpRequest.newBuilder(URI.create(config.baseUrl() + "/user/sessions"))
        .timeout(config.timeout())
        .header("POSTE_clientID", body.clientId())
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(write(body)))
        .build();
  }

  private Answer read(String body) {
    try {
      return json.readValue(body, Answer.class);
    } catch (JsonProcessingException e) {
      throw new CarrierUnavailableException("Poste token answer is not readable", e);
    }
  }

  private String write(Credentials credentials) {
    try {
      return json.writeValueAsString(credentials);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Poste credentials cannot be written", e);
    }
  }

  /** The session request in the field names public clients send. */
  record Credentials(String clientId, String secretId, String scope, String grantType) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Answer(
      @JsonProperty("access_token") String accessToken,
      @JsonProperty("expires_in") long expiresIn) {}

  private record Token(String value, Instant renewAt) {}
}
