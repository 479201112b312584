package io.shoporders.stack.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Posts orders on an {@link ArrivalSchedule}: one thread keeps time and only starts requests, the
 * HTTP client's threads read the answers, so a slow system never slows the arrivals.
 */
final class LoadGenerator {

  /** A storefront's connection pool towards order-service, not one connection per request. */
  static final int CONNECTIONS = 128;

  private final ObjectMapper json = new ObjectMapper();
  private final BenchHttp http;
  private final String ordersUrl;
  private final ConnectionCap connections = new ConnectionCap(CONNECTIONS);

  /** The first request that found nothing listening: order-service stopped, the run ends. */
  private volatile Throwable refused;

  LoadGenerator(BenchHttp http, String orderUrl) {
    this.http = http;
    this.ordersUrl = orderUrl + "/orders";
  }

  /**
   * Sends the whole schedule, then waits up to {@code answerWait} for the last answers.
   *
   * @throws IOException as soon as order-service refuses a connection: nothing listens any more
   */
  void run(ArrivalSchedule schedule, OrderBodies bodies, IntakeLog log, long answerWaitSeconds)
      throws IOException {
    long startNanos = System.nanoTime();
    long startMicros = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    List<CompletableFuture<?>> inFlight = new ArrayList<>();
    for (long i = 0; i < schedule.count() && refused == null; i++) {
      long due = startNanos + schedule.dueNanos(i);
      waitUntil(due);
      OrderBodies.Order order = bodies.next(i);
      boolean warmup = schedule.inWarmup(i);
      long dueMicros = startMicros + schedule.dueNanos(i) / 1000;
      inFlight.add(send(order, due, dueMicros, warmup, log));
    }
    awaitAnswers(inFlight, answerWaitSeconds);
    if (refused != null) {
      throw new IOException(ordersUrl + " refused the connection", refused);
    }
  }

  private CompletableFuture<?> send(
      OrderBodies.Order order, long dueNanos, long dueMicros, boolean warmup, IntakeLog log) {
    return connections
        .submit(() -> http.postJson(ordersUrl, order.body()))
        .handle(
            (response, failure) -> {
              if (refused == null && isRefusal(failure)) {
                refused = failure;
              }
              long latency = (System.nanoTime() - dueNanos) / 1000;
              int status = response == null ? -1 : response.statusCode();
              UUID orderId = response == null ? null : orderId(response);
              log.add(
                  new IntakeLog.Request(
                      dueMicros,
                      failure == null ? latency : -1,
                      status,
                      orderId,
                      order.expected(),
                      warmup));
              return null;
            });
  }

  private static boolean isRefusal(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException) {
        return true;
      }
    }
    return false;
  }

  private UUID orderId(HttpResponse<String> response) {
    try {
      return response.statusCode() == 202
          ? UUID.fromString(json.readTree(response.body()).path("orderId").asText())
          : null;
    } catch (Exception unreadable) {
      return null;
    }
  }

  private static void waitUntil(long dueNanos) {
    long wait;
    while ((wait = dueNanos - System.nanoTime()) > 0) {
      LockSupport.parkNanos(wait);
    }
  }

  private static void awaitAnswers(List<CompletableFuture<?>> inFlight, long seconds) {
    try {
      CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
          .get(seconds, TimeUnit.SECONDS);
    } catch (Exception stillWaiting) {
      // Requests that have not answered by now count as errors: the log has no entry for them.
    }
  }
}
