package io.shoporders.stack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.shoporders.stack.demo.DemoData.DemoOrder;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Places the orders at a steady rate, the n-th at start + n / rate, on a few threads so that a slow
 * answer does not hold back the next order; and asks for the customer cancellations a moment after
 * their order was placed, while its saga is still running.
 */
final class OrderPoster {

  /** An order the shop accepted: the file's reference and the id order-service gave it. */
  record Placed(String ref, String orderId) {}

  /** Long enough for the payment to be authorized on a quiet machine, short of the whole saga. */
  private static final Duration CANCEL_AFTER = Duration.ofMillis(800);

  private static final int BUSY_RETRIES = 10;

  static final String ACCEPTED = "accepted";
  private static final String CUSTOMER_REQUEST = "CUSTOMER_REQUEST";

  private static final int THREADS = 8;
  private static final TimeUnit NANOS = TimeUnit.NANOSECONDS;

  private final JsonHttp http;
  private final ServiceUrls urls;
  private final PrintStream out;
  private final PlacedOrders ledger;
  private final DemoProgress progress;
  private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(THREADS);
  private final List<ScheduledFuture<String>> cancellations = new CopyOnWriteArrayList<>();
  private final Map<String, Integer> customerCancellations = new TreeMap<>();

  OrderPoster(
      JsonHttp http,
      ServiceUrls urls,
      PrintStream out,
      PlacedOrders ledger,
      DemoProgress progress) {
    this.http = http;
    this.urls = urls;
    this.out = out;
    this.ledger = ledger;
    this.progress = progress;
  }

  List<Placed> post(List<DemoOrder> orders, double perSecond, String runId) throws Exception {
    progress.placing(orders.size());
    List<ScheduledFuture<Placed>> scheduled = new ArrayList<>();
    for (int i = 0; i < orders.size(); i++) {
      DemoOrder order = orders.get(i);
      long delayNanos = (long) (i * 1_000_000_000L / perSecond);
      scheduled.add(scheduler.schedule(() -> place(order, runId), delayNanos, NANOS));
    }
    List<Placed> placed = collect(scheduled);
    reportCancellations();
    return placed;
  }

  private List<Placed> collect(List<ScheduledFuture<Placed>> scheduled) throws Exception {
    ProgressBar bar = ProgressBar.on(out, "placing", scheduled.size());
    Instant start = Instant.now();
    List<Placed> placed = new ArrayList<>();
    for (ScheduledFuture<Placed> order : scheduled) {
      placed.add(order.get());
      bar.show(placed.size(), "orders");
    }
    bar.finish(placed.size(), "orders in " + seconds(start) + " s");
    return placed;
  }

  private Placed place(DemoOrder order, String runId) throws IOException, InterruptedException {
    // The key makes every retry safe; the same key returns the same order.
    JsonHttp.Answer answer = postOnce(order, runId);
    for (int retry = 0; answer.status() == 503 && retry < BUSY_RETRIES; retry++) {
      // order-service's admission limit: it stored nothing and asks to come back in a second.
      Thread.sleep(1000);
      answer = postOnce(order, runId);
    }
    if (answer.status() != 202) {
      throw new IOException(order.ref() + " was refused: " + answer.status() + " " + answer.body());
    }
    String orderId = answer.body().path("orderId").asText();
    ledger.record(runId, new Placed(order.ref(), orderId));
    progress.placedOne();
    if (order.cancel()) {
      long delay = CANCEL_AFTER.toNanos();
      cancellations.add(scheduler.schedule(() -> cancel(orderId), delay, NANOS));
    }
    return new Placed(order.ref(), orderId);
  }

  private JsonHttp.Answer postOnce(DemoOrder order, String runId) throws IOException {
    // The run's id in the key: a new run places new orders instead of replaying the last one's.
    Map<String, String> key = Map.of("Idempotency-Key", runId + "-" + order.ref());
    return http.post(urls.order() + "/orders", order.request(), key);
  }

  private String cancel(String orderId) throws IOException {
    Map<String, String> reason = Map.of("reason", CUSTOMER_REQUEST, "note", "demo");
    JsonHttp.Answer answer =
        http.post(urls.order() + "/orders/" + orderId + "/cancel", reason, Map.of());
    return answerTo(answer.status(), answer.body());
  }

  /**
   * What order-service's answer to a customer's cancellation means. It answers 200 also for an
   * order the saga had cancelled already (out of stock, payment declined), which keeps its own
   * reason: only a 200 naming CUSTOMER_REQUEST is a cancellation the customer's request made.
   */
  static String answerTo(int status, JsonNode body) {
    String reason = body.path("cancellation").path("reason").asText();
    if (status == 200 && !reason.isEmpty() && !reason.equals(CUSTOMER_REQUEST)) {
      return "already cancelled, " + SummaryPrinter.shortReason(reason);
    }
    return switch (status) {
      case 200 -> ACCEPTED;
      case 409 -> "refused, already shipped";
      default -> "answered " + status;
    };
  }

  private void reportCancellations() throws Exception {
    for (ScheduledFuture<String> answer : cancellations) {
      customerCancellations.merge(answer.get(), 1, Integer::sum);
    }
    scheduler.shutdown();
    out.printf("  customer cancellations asked for: %s%n", customerCancellations);
  }

  /** order-service's answers to the customer cancellations, after {@link #post}: answer, count. */
  Map<String, Integer> customerCancellations() {
    return customerCancellations;
  }

  private static String seconds(Instant since) {
    return String.format("%.1f", Duration.between(since, Instant.now()).toMillis() / 1000.0);
  }
}
