package io.shoporders.stack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.shoporders.stack.demo.Completion.Straggler;
import io.shoporders.stack.demo.Summary.Amounts;
import io.shoporders.stack.demo.Summary.Labels;
import io.shoporders.stack.demo.Summary.Messages;
import io.shoporders.stack.demo.Summary.SlowestOrder;
import io.shoporders.stack.demo.Summary.StockChange;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds the summary from what the services report now, never from what the demo sent. */
final class SummaryReader {

  private final JsonHttp http;
  private final ServiceUrls urls;

  SummaryReader(JsonHttp http, ServiceUrls urls) {
    this.http = http;
    this.urls = urls;
  }

  /** The units on hand of each sku, as inventory-service reports them. */
  Map<String, JsonNode> stock(List<String> skus) throws IOException {
    Map<String, JsonNode> stock = new TreeMap<>();
    for (String sku : skus) {
      stock.put(sku, http.find(urls.inventory() + "/stock/" + sku));
    }
    return stock;
  }

  Summary read(Run run, List<OrderRecord> records) throws IOException {
    return new Summary(
        run.id(),
        run.startedAt().toString(),
        run.wallTimeSeconds(),
        run.ordersPerSecond(),
        records.size(),
        count(records, "SHIPPED"),
        cancelledByReason(records),
        run.customerCancellations(),
        stragglers(records),
        messages(records),
        labels(records),
        amounts(records),
        stockChanges(run.stockBefore()),
        slowest(records),
        records.stream().map(OrderRecord::outcome).toList());
  }

  /**
   * When the run started, how long it took, the stock of the scarce skus at its start, and
   * order-service's answers to the customer cancellations.
   */
  record Run(
      String id,
      Instant startedAt,
      double wallTimeSeconds,
      double ordersPerSecond,
      Map<String, JsonNode> stockBefore,
      Map<String, Integer> customerCancellations) {}

  private static List<Straggler> stragglers(List<OrderRecord> records) {
    return records.stream()
        .filter(record -> !record.settled())
        .map(r -> new Straggler(r.placed().ref(), r.placed().orderId(), r.progress()))
        .toList();
  }

  private static int count(List<OrderRecord> records, String status) {
    return (int) records.stream().filter(r -> r.status().equals(status)).count();
  }

  private static Map<String, Integer> cancelledByReason(List<OrderRecord> records) {
    Map<String, Integer> reasons = new TreeMap<>();
    for (OrderRecord record : records) {
      if (record.status().equals("CANCELLED")) {
        reasons.merge(record.outcome().cancelReason(), 1, Integer::sum);
      }
    }
    return reasons;
  }

  private static Messages messages(List<OrderRecord> records) {
    int emails = 0;
    int sms = 0;
    int failed = 0;
    for (OrderRecord record : records) {
      for (JsonNode message : record.notifications()) {
        String status = message.path("status").asText();
        boolean email = message.path("channel").asText().equals("EMAIL");
        emails += status.equals("SENT") && email ? 1 : 0;
        sms += status.equals("SENT") && !email ? 1 : 0;
        failed += status.equals("FAILED") ? 1 : 0;
      }
    }
    return new Messages(emails, sms, failed);
  }

  private static Labels labels(List<OrderRecord> records) {
    int voided = (int) records.stream().filter(r -> r.shipmentStatus().equals("VOIDED")).count();
    int labelled =
        (int) records.stream().filter(r -> r.shipmentStatus().equals("LABELLED")).count();
    Map<String, Integer> failed = new TreeMap<>();
    records.stream()
        .filter(record -> record.labelFailure() != null)
        .forEach(record -> failed.merge(record.labelFailure(), 1, Integer::sum));
    return new Labels(labelled + voided, voided, failed);
  }

  private static Amounts amounts(List<OrderRecord> records) {
    long captured = 0;
    long voided = 0;
    long refunded = 0;
    for (OrderRecord record : records) {
      String status = record.paymentStatus();
      captured += status.equals("CAPTURED") ? minor(record.payment().path("captured")) : 0;
      voided += status.equals("VOIDED") ? minor(record.payment().path("authorized")) : 0;
      refunded += status.equals("REFUNDED") ? minor(record.payment().path("captured")) : 0;
    }
    return new Amounts("EUR", captured, voided, refunded);
  }

  private static long minor(JsonNode money) {
    return money.path("amountMinor").asLong();
  }

  private List<StockChange> stockChanges(Map<String, JsonNode> before) throws IOException {
    List<StockChange> changes = new ArrayList<>();
    Map<String, JsonNode> after = stock(List.copyOf(before.keySet()));
    for (String sku : before.keySet()) {
      JsonNode now = after.get(sku);
      changes.add(
          new StockChange(
              sku,
              before.get(sku).path("onHand").asInt(),
              now.path("onHand").asInt(),
              now.path("reserved").asInt()));
    }
    return changes;
  }

  private static SlowestOrder slowest(List<OrderRecord> records) {
    return records.stream()
        .filter(record -> record.status().equals("SHIPPED"))
        .max(Comparator.comparing(OrderRecord::duration))
        .map(
            record ->
                new SlowestOrder(
                    record.placed().ref(),
                    record.placed().orderId(),
                    record.status(),
                    record.duration().toMillis() / 1000.0,
                    record.timeline()))
        .orElse(null);
  }
}
