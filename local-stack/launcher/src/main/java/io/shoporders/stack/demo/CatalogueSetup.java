package io.shoporders.stack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Puts the sample catalogue into inventory-service and sets every sku's units on hand to the file's
 * number, so that each run starts from the same known stock whatever earlier runs sold.
 */
final class CatalogueSetup {

  private static final String NEVER_ON_SALE = "DEMO-NEVER-ON-SALE";
  private static final Duration LEARNING_TIME = Duration.ofSeconds(60);

  private final JsonHttp http;
  private final ServiceUrls urls;
  private final PrintStream out;

  CatalogueSetup(JsonHttp http, ServiceUrls urls, PrintStream out) {
    this.http = http;
    this.urls = urls;
    this.out = out;
  }

  void apply(DemoData data, String runId) throws IOException, InterruptedException {
    JsonHttp.Answer imported =
        http.post(urls.inventory() + "/products/import", data.catalogue(), Map.of());
    if (!imported.ok()) {
      throw new IOException("the catalogue import was refused: " + imported.body());
    }
    for (Map.Entry<String, Integer> sku : data.stock().entrySet()) {
      setOnHand(sku.getKey(), sku.getValue(), runId);
    }
    out.printf(
        "  imported %d products, stock set for %d skus%n",
        data.catalogue().size(), data.stock().size());
    awaitOrderServiceKnows(data);
  }

  /**
   * order-service learns products from inventory's events a moment after the import, and refuses an
   * order for a product it has not heard of yet. A probe order naming every sku and, last, one
   * never on sale is refused either way, so nothing is stored; the line it blames says whether
   * order-service knows all the others.
   */
  private void awaitOrderServiceKnows(DemoData data) throws IOException, InterruptedException {
    JsonNode probe = probe(data);
    String lastLine = "lines[" + data.stock().size() + "].sku";
    Instant deadline = Instant.now().plus(LEARNING_TIME);
    JsonHttp.Answer answer = http.post(urls.order() + "/orders", probe, Map.of());
    while (answer.status() != 422 || !lastLine.equals(answer.body().path("field").asText())) {
      if (Instant.now().isAfter(deadline)) {
        throw new IOException("order-service has not learnt the catalogue: " + answer.body());
      }
      Thread.sleep(250);
      answer = http.post(urls.order() + "/orders", probe, Map.of());
    }
  }

  private static JsonNode probe(DemoData data) {
    ObjectNode probe = data.orders().get(0).request().deepCopy();
    ArrayNode lines = probe.putArray("lines");
    for (String sku : data.stock().keySet()) {
      lines.addObject().put("sku", sku).put("quantity", 1);
    }
    lines.addObject().put("sku", NEVER_ON_SALE).put("quantity", 1);
    return probe;
  }

  private void setOnHand(String sku, int units, String runId) throws IOException {
    Map<String, Object> count =
        Map.of("onHand", units, "safetyStock", 0, "reason", "demo run " + runId);
    JsonHttp.Answer answer = http.put(urls.inventory() + "/stock/" + sku, count);
    if (!answer.ok()) {
      // Units still reserved by an unfinished earlier run cannot be counted away.
      throw new IOException("stock of " + sku + " could not be set: " + answer.body());
    }
  }
}
