package io.shoporders.stack.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Map;

/**
 * Puts the sample catalogue into inventory-service and sets every sku's units on hand to the file's
 * number, so that each run starts from the same known stock whatever earlier runs sold.
 */
final class CatalogueSetup {

  private final JsonHttp http;
  private final ServiceUrls urls;
  private final PrintStream out;

  CatalogueSetup(JsonHttp http, ServiceUrls urls, PrintStream out) {
    this.http = http;
    this.urls = urls;
    this.out = out;
  }

  void apply(DemoData data, String runId) throws IOException {
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
