package io.shoporders.shipping.carrier;

import io.smallrye.mutiny.Uni;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The HTTP side of one carrier adapter: sends on the JDK client's own threads and sorts every
 * answer into a result, a {@link CarrierUnavailableException} (no answer in time, 5xx, 408, 429:
 * time may help) or a {@link CarrierRejectedException} (any other 4xx: a person must change
 * something).
 */
public final class CarrierHttp {

  private final String carrier;
  private final HttpClient client;
  private final Function<String, String> problems;

  /**
   * @param carrier the carrier's name in failure reasons
   * @param timeout longest wait for a connection
   * @param problems what a refused answer's body says, for the failure reason an operator reads
   */
  public CarrierHttp(String carrier, Duration timeout, Function<String, String> problems) {
    this.carrier = carrier;
    this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    this.problems = problems;
  }

  /** Sends the request; the body of a 2xx answer as text. */
  public Uni<HttpResponse<String>> send(Supplier<HttpRequest> request) {
    return exchange(request, HttpResponse.BodyHandlers.ofString())
        .map(response -> checked(response, response.body()));
  }

  /** Sends the request; the body of a 2xx answer as bytes, e.g. a label file. */
  public Uni<HttpResponse<byte[]>> download(Supplier<HttpRequest> request) {
    return exchange(request, HttpResponse.BodyHandlers.ofByteArray())
        .map(response -> checked(response, new String(response.body(), StandardCharsets.UTF_8)));
  }

  /** A setting without which the carrier cannot book anything: a person must configure it. */
  public String required(Optional<String> value, String what) {
    return value
        .filter(text -> !text.isBlank())
        .orElseThrow(
            () -> new CarrierRejectedException(carrier + " " + what + " is not configured"));
  }

  private <T> Uni<HttpResponse<T>> exchange(
      Supplier<HttpRequest> request, HttpResponse.BodyHandler<T> body) {
    return Uni.createFrom()
        .completionStage(() -> client.sendAsync(request.get(), body))
        .onFailure(IOException.class)
        .transform(e -> new CarrierUnavailableException(carrier + " did not answer", e));
  }

  private <T> HttpResponse<T> checked(HttpResponse<T> response, String body) {
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return response;
    }
    if (status >= 500 || status == 408 || status == 429) {
      throw new CarrierUnavailableException(carrier + " answered " + status);
    }
    throw new CarrierRejectedException(carrier + " answered " + status + ": " + explained(body));
  }

  private String explained(String body) {
    try {
      return problems.apply(body);
    } catch (RuntimeException e) {
      return "no readable details";
    }
  }
}
