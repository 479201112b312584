package io.shoporders.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The summary `./shop demo` wrote equals what the services' own APIs report about the same orders.
 * Each figure is counted again here, from order-, payment-, shipping-, notification- and
 * inventory-service, and compared with the summary's. `./shop test` runs the demo on the test stack
 * first and names its summary file in DEMO_SUMMARY_FILE.
 */
class DemoSummaryIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode summary;
  private static List<Reported> orders;

  /** What the services report about one order of the summary. */
  record Reported(
      JsonNode order,
      JsonNode timeline,
      JsonNode payment,
      JsonNode shipment,
      JsonNode notifications) {

    String status() {
      return order.path("status").asText();
    }
  }

  @BeforeAll
  static void readTheSummaryAndAskTheServices() throws IOException {
    summary = JSON.readTree(summaryFile().toFile());
    orders = new ArrayList<>();
    for (JsonNode outcome : summary.path("orderOutcomes")) {
      orders.add(report(outcome.path("orderId").asText()));
    }
  }

  @Test
  void theDemoRanThreeHundredOrdersAndLeftNoneOpen() {
    assertThat(summary.path("orders").asInt()).isGreaterThanOrEqualTo(300);
    assertThat(summary.path("orderOutcomes")).hasSize(summary.path("orders").asInt());
    assertThat(summary.path("stragglers")).isEmpty();
  }

  @Test
  void everyOrderEndedAsOrderServiceReports() {
    for (int i = 0; i < orders.size(); i++) {
      JsonNode outcome = summary.path("orderOutcomes").get(i);
      JsonNode order = orders.get(i).order();
      assertThat(outcome.path("status").asText()).isEqualTo(order.path("status").asText());
      assertThat(text(outcome.path("cancelReason")))
          .isEqualTo(text(order.path("cancellation").path("reason")));
    }
  }

  @Test
  void shippedAndCancelledCountsAreOrderServices() {
    Map<String, Integer> cancelled = new TreeMap<>();
    orders.stream()
        .filter(order -> order.status().equals("CANCELLED"))
        .forEach(order -> cancelled.merge(reason(order), 1, Integer::sum));

    assertThat(summary.path("shipped").asInt()).isEqualTo(countWithStatus("SHIPPED"));
    assertThat(JSON.convertValue(summary.path("cancelledByReason"), Map.class))
        .isEqualTo(cancelled);
  }

  @Test
  void acceptedCustomerCancellationsAreTheOrdersCancelledAtTheCustomersRequest() {
    int cancelledByCustomers =
        (int)
            orders.stream()
                .filter(order -> order.status().equals("CANCELLED"))
                .filter(order -> reason(order).equals("CUSTOMER_REQUEST"))
                .count();

    assertThat(summary.path("customerCancellations").path("accepted").asInt())
        .isEqualTo(cancelledByCustomers);
  }

  @Test
  void messageCountsAreNotificationServices() {
    Map<String, Integer> byOutcome = new HashMap<>();
    for (Reported order : orders) {
      for (JsonNode message : order.notifications()) {
        String status = message.path("status").asText();
        String key = status.equals("SENT") ? message.path("channel").asText() : status;
        byOutcome.merge(key, 1, Integer::sum);
      }
    }

    JsonNode messages = summary.path("messages");
    assertThat(messages.path("emailsSent").asInt()).isEqualTo(byOutcome.getOrDefault("EMAIL", 0));
    assertThat(messages.path("smsSent").asInt()).isEqualTo(byOutcome.getOrDefault("SMS", 0));
    assertThat(messages.path("failed").asInt()).isEqualTo(byOutcome.getOrDefault("FAILED", 0));
  }

  @Test
  void labelCountsAreShippingServices() {
    Map<String, Integer> failed = new TreeMap<>();
    orders.stream()
        .map(Reported::shipment)
        .filter(shipment -> text(shipment.path("failureReason")) != null)
        .forEach(
            shipment -> failed.merge(shipment.path("failureReason").asText(), 1, Integer::sum));

    JsonNode labels = summary.path("labels");
    assertThat(labels.path("made").asInt())
        .isEqualTo(countShipments("LABELLED") + countShipments("VOIDED"));
    assertThat(labels.path("voided").asInt()).isEqualTo(countShipments("VOIDED"));
    assertThat(JSON.convertValue(labels.path("failedByReason"), Map.class)).isEqualTo(failed);
  }

  @Test
  void capturedVoidedAndRefundedAmountsArePaymentServices() {
    JsonNode amounts = summary.path("amounts");

    assertThat(amounts.path("capturedMinor").asLong())
        .isEqualTo(paymentSum("CAPTURED", "captured"));
    assertThat(amounts.path("voidedMinor").asLong()).isEqualTo(paymentSum("VOIDED", "authorized"));
    assertThat(amounts.path("refundedMinor").asLong())
        .isEqualTo(paymentSum("REFUNDED", "captured"));
  }

  @Test
  void scarceStockIsInventorysAndFellByTheUnitsShipped() {
    assertThat(summary.path("scarceStock")).isNotEmpty();
    for (JsonNode change : summary.path("scarceStock")) {
      String sku = change.path("sku").asText();
      JsonNode stock =
          given()
              .baseUri(RunningService.INVENTORY.url())
              .get("/stock/" + sku)
              .then()
              .statusCode(200)
              .extract()
              .as(JsonNode.class);

      assertThat(change.path("onHandAfter").asInt()).isEqualTo(stock.path("onHand").asInt());
      assertThat(change.path("reservedAfter").asInt()).isEqualTo(stock.path("reserved").asInt());
      assertThat(change.path("onHandBefore").asInt() - change.path("onHandAfter").asInt())
          .as("units of %s that left the stock", sku)
          .isEqualTo(unitsShipped(sku));
    }
  }

  @Test
  void theSlowestShippedOrderIsTheSlowestAndItsTimelineIsOrderServices() {
    JsonNode slowest = summary.path("slowestOrder");
    Reported longest =
        orders.stream()
            .filter(order -> order.status().equals("SHIPPED"))
            .max((a, b) -> duration(a.timeline()).compareTo(duration(b.timeline())))
            .orElseThrow();

    assertThat(slowest.path("orderId").asText()).isEqualTo(longest.order().path("id").asText());
    assertThat(slowest.path("timeline")).isEqualTo(longest.timeline());
    assertThat(slowest.path("seconds").asDouble())
        .isEqualTo(duration(longest.timeline()).toMillis() / 1000.0);
  }

  private static Path summaryFile() {
    String file = System.getenv("DEMO_SUMMARY_FILE");
    if (file == null) {
      throw new IllegalStateException(
          "DEMO_SUMMARY_FILE is not set: ./shop test runs the demo and sets it; on a stack of"
              + " your own run ./shop demo and point it at the summary file it prints");
    }
    return Path.of(file);
  }

  private static Reported report(String id) {
    return new Reported(
        found(RunningService.ORDER, "/orders/" + id),
        found(RunningService.ORDER, "/orders/" + id + "/timeline"),
        found(RunningService.PAYMENT, "/payments/" + id),
        found(RunningService.SHIPPING, "/shipments/" + id),
        found(RunningService.NOTIFICATION, "/notifications?orderId=" + id));
  }

  /** The answer's body, or a missing node when the service does not know the order (404). */
  private static JsonNode found(RunningService service, String path) {
    Response response = given().baseUri(service.url()).get(path);
    assertThat(response.statusCode()).as("GET %s%s", service, path).isIn(200, 404);
    return response.statusCode() == 404 ? JSON.missingNode() : response.as(JsonNode.class);
  }

  /** A field's text, or null when it is absent or null. */
  private static String text(JsonNode node) {
    return node.isMissingNode() || node.isNull() ? null : node.asText();
  }

  private static String reason(Reported order) {
    return order.order().path("cancellation").path("reason").asText();
  }

  private static int countWithStatus(String status) {
    return (int) orders.stream().filter(order -> order.status().equals(status)).count();
  }

  private static int countShipments(String status) {
    return (int)
        orders.stream()
            .filter(order -> order.shipment().path("status").asText().equals(status))
            .count();
  }

  private static long paymentSum(String status, String amount) {
    return orders.stream()
        .map(Reported::payment)
        .filter(payment -> payment.path("status").asText().equals(status))
        .mapToLong(payment -> payment.path(amount).path("amountMinor").asLong())
        .sum();
  }

  private static int unitsShipped(String sku) {
    int units = 0;
    for (Reported order : orders) {
      for (JsonNode line : order.order().path("lines")) {
        boolean shipped = order.status().equals("SHIPPED");
        units +=
            shipped && line.path("sku").asText().equals(sku) ? line.path("quantity").asInt() : 0;
      }
    }
    return units;
  }

  /** From the first timeline entry to the shipment or cancellation; zero while still open. */
  private static Duration duration(JsonNode timeline) {
    Instant first = Instant.parse(timeline.get(0).path("occurredAt").asText());
    for (JsonNode entry : timeline) {
      String type = entry.path("type").asText();
      if (type.equals("OrderShipped") || type.equals("OrderCancelled")) {
        return Duration.between(first, Instant.parse(entry.path("occurredAt").asText()));
      }
    }
    return Duration.ZERO;
  }
}
