package io.shoporders.stack.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

/**
 * The benchmark's HTTP client. HTTP/1.1 because the services speak it and an h2c upgrade attempt
 * would add a round trip to the first requests; a thread pool of its own so that answers are read
 * while the sender keeps to its schedule.
 */
final class BenchHttp implements AutoCloseable {

  private final java.util.concurrent.ExecutorService executor =
      Executors.newFixedThreadPool(4, runnable -> daemon(runnable, "bench-http"));
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .executor(executor)
          .build();

  CompletableFuture<HttpResponse<String>> postJson(String url, String body) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
  }

  int put(String url, String body) throws IOException {
    return call("PUT", url, body).statusCode();
  }

  /** A call that waits for its answer: for setting up and tearing down, not for the load. */
  HttpResponse<String> call(String method, String url, String body) throws IOException {
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .method(method, publisher)
            .build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  static Thread daemon(Runnable runnable, String name) {
    Thread thread = new Thread(runnable, name);
    thread.setDaemon(true);
    return thread;
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
