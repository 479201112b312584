package io.shoporders.stack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.shoporders.stack.demo.OrderPoster.Placed;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Waits until every placed order is SHIPPED or CANCELLED and the services have settled it, or the
 * deadline passed; orders left open are reported by the summary as stragglers.
 */
final class Completion {

  static final Set<String> FINAL = Set.of("SHIPPED", "CANCELLED");

  /** An order not settled when the time ran out, and where it stood. */
  record Straggler(String ref, String orderId, String progress) {}

  private final JsonHttp http;
  private final ServiceUrls urls;
  private final PrintStream out;

  Completion(JsonHttp http, ServiceUrls urls, PrintStream out) {
    this.http = http;
    this.urls = urls;
    this.out = out;
  }

  /**
   * Shows how many orders are final, every second, until all are or the deadline passed. Acts as
   * the shop's operator for orders whose label the carrier refused for good (an address that cannot
   * be printed, a parcel too heavy): nobody can correct such a shipment yet, so the operator
   * cancels the order, which releases its stock and voids its authorization.
   */
  void awaitFinal(List<Placed> placed, Instant deadline) throws IOException, InterruptedException {
    ProgressBar bar = ProgressBar.on(out, "finishing", placed.size());
    List<Placed> open = notFinal(placed);
    while (!open.isEmpty() && Instant.now().isBefore(deadline)) {
      bar.show(placed.size() - open.size(), "orders shipped or cancelled");
      Thread.sleep(1000);
      open = notFinal(open);
    }
    bar.finish(placed.size() - open.size(), "orders shipped or cancelled");
  }

  /** Labels a retry cannot make: a person would have to change the order first. */
  private static final Set<String> LABEL_REFUSED_FOR_GOOD =
      Set.of(
          "address_needs_review", "parcel_too_heavy", "parcel_weight_missing", "carrier_rejected");

  private void cancelIfLabelRefused(Placed order) throws IOException {
    JsonNode shipment = http.find(urls.shipping() + "/shipments/" + order.orderId());
    String reason = shipment == null ? "" : shipment.path("failureReason").asText();
    if (shipment != null && LABEL_REFUSED_FOR_GOOD.contains(reason)) {
      Map<String, String> cancel =
          Map.of("reason", "OPERATOR_REQUEST", "note", "label refused: " + reason);
      http.post(urls.order() + "/orders/" + order.orderId() + "/cancel", cancel, Map.of());
    }
  }

  /**
   * Reads every order until all have settled (see {@link OrderRecord#settled()}) or the deadline
   * passed, reading again only those that had not; the last reading of each.
   */
  List<OrderRecord> settle(List<Placed> placed, Instant deadline)
      throws IOException, InterruptedException {
    List<OrderRecord> records = new ArrayList<>();
    for (Placed order : placed) {
      records.add(OrderRecord.read(order, http, urls));
    }
    while (!records.stream().allMatch(OrderRecord::settled) && Instant.now().isBefore(deadline)) {
      Thread.sleep(1000);
      for (int i = 0; i < records.size(); i++) {
        if (!records.get(i).settled()) {
          records.set(i, OrderRecord.read(placed.get(i), http, urls));
        }
      }
    }
    return records;
  }

  /**
   * Waits, at most {@code patience}, until the orders an earlier run left open are final, as {@link
   * #awaitFinal} does; an order order-service no longer knows (a wiped stack) counts as gone.
   *
   * @throws Demo.Stopped when some are still open after that
   */
  void awaitEarlierRun(List<Placed> earlier, Duration patience) throws Exception {
    List<Placed> open = notFinal(earlier, false);
    if (open.isEmpty()) {
      return;
    }
    out.println(waitingForEarlierRun(open.size(), patience));
    int retried = retryCutOffBookings(open);
    if (retried > 0) {
      out.printf(
          "  retried %d label bookings that a stop had cut off, as an operator would%n", retried);
    }
    // From here: reading hundreds of orders from services that have just started takes seconds.
    Instant deadline = Instant.now().plus(patience);
    ProgressBar bar = ProgressBar.on(out, "earlier", open.size());
    int total = open.size();
    while (!open.isEmpty() && Instant.now().isBefore(deadline)) {
      bar.show(total - open.size(), "orders of the last run shipped or cancelled");
      Thread.sleep(1000);
      open = notFinal(open, false);
    }
    bar.finish(total - open.size(), "orders of the last run shipped or cancelled");
    if (!open.isEmpty()) {
      JsonNode first = http.find(urls.order() + "/orders/" + open.get(0).orderId());
      String status = first == null ? "gone" : first.path("status").asText();
      throw new Demo.Stopped(earlierRunStillOpen(open, status, patience));
    }
  }

  /**
   * A stop between a shipment's booking intent and its outcome leaves it BOOKING until an operator
   * retries it (shipping-service README), so a cut-off run's order would never finish: the demo
   * retries those once, as the shop's operator. The carrier's idempotency key returns the parcel of
   * a booking that did go through, so a retry never books twice.
   */
  private int retryCutOffBookings(List<Placed> open) throws IOException {
    int retried = 0;
    for (Placed order : open) {
      String shipment = urls.shipping() + "/shipments/" + order.orderId();
      JsonNode view = http.find(shipment);
      if (view != null && view.path("status").asText().equals("BOOKING")) {
        http.post(shipment + "/retry", Map.of(), Map.of());
        retried++;
      }
    }
    return retried;
  }

  /** What the demo waits for before it resets the stock, and for how long at most. */
  static String waitingForEarlierRun(int open, Duration patience) {
    return ("  %d orders of the last run are not shipped or cancelled yet; their reservations keep"
            + " the stock from being reset, so the demo waits for them, %d s at most (--timeout)")
        .formatted(open, patience.toSeconds());
  }

  /** Why the demo gave up, and the two ways on: wait longer, or start from an empty stack. */
  static String earlierRunStillOpen(List<Placed> open, String firstStatus, Duration patience) {
    return ("./shop demo stopped: %d orders of the last run are still open after %d s (the first,"
            + " %s, is %s), so the stock was left as it is; ./shop demo --timeout %d waits"
            + " longer, ./shop up --clean starts from an empty stack")
        .formatted(
            open.size(),
            patience.toSeconds(),
            open.get(0).orderId(),
            firstStatus,
            patience.toSeconds() * 2);
  }

  private List<Placed> notFinal(List<Placed> orders) throws IOException {
    return notFinal(orders, true);
  }

  private List<Placed> notFinal(List<Placed> orders, boolean unknownIsOpen) throws IOException {
    List<Placed> open = new ArrayList<>();
    for (Placed order : orders) {
      JsonNode view = http.find(urls.order() + "/orders/" + order.orderId());
      if (view == null && !unknownIsOpen) {
        continue;
      }
      String status = view == null ? "UNKNOWN" : view.path("status").asText();
      if (status.equals("IN_FULFILMENT")) {
        cancelIfLabelRefused(order);
      }
      if (!FINAL.contains(status)) {
        open.add(order);
      }
    }
    return open;
  }
}
