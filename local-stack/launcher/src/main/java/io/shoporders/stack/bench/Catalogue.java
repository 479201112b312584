package io.shoporders.stack.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The products the benchmark sells, set up through inventory-service's API: a range of ordinary
 * products with more stock than any run can sell, and one product that is always sold out, which
 * gives the stock-outs. Reruns update the same skus, so the catalogue does not grow.
 */
final class Catalogue {

  static final String SOLD_OUT = "BENCH-SOLD-OUT";
  private static final int PRODUCTS = 20;
  private static final long PLENTY = 10_000_000;

  private final ObjectMapper json = new ObjectMapper();
  private final BenchHttp http;
  private final String inventoryUrl;

  Catalogue(BenchHttp http, String inventoryUrl) {
    this.http = http;
    this.inventoryUrl = inventoryUrl;
  }

  /** The skus of the ordinary products. */
  static List<String> inStock() {
    return IntStream.rangeClosed(1, PRODUCTS).mapToObj(i -> "BENCH-%02d".formatted(i)).toList();
  }

  void setUp() throws IOException {
    for (String sku : inStock()) {
      put("/products/" + sku, product(sku, 500 + 150 * (sku.hashCode() & 15)));
      put("/stock/" + sku, stock(PLENTY));
    }
    put("/products/" + SOLD_OUT, product(SOLD_OUT, 9900));
    put("/stock/" + SOLD_OUT, stock(0));
  }

  private ObjectNode product(String sku, int priceMinor) {
    ObjectNode product = json.createObjectNode();
    product.put("name", "Benchmark product " + sku);
    product.put("unitPriceMinor", priceMinor);
    product.put("currency", "EUR");
    product.put("vatRateBasisPoints", 2200);
    product.put("weightGrams", 400);
    product.put("lengthMm", 200).put("widthMm", 150).put("heightMm", 100);
    product.put("active", true);
    product.put("shipsFrom", "WAREHOUSE");
    return product;
  }

  private ObjectNode stock(long onHand) {
    return json.createObjectNode()
        .put("onHand", onHand)
        .put("safetyStock", 0)
        .put("reason", "benchmark");
  }

  private void put(String path, ObjectNode body) throws IOException {
    int status = http.put(inventoryUrl + path, json.writeValueAsString(body));
    if (status >= 300) {
      throw new IOException("inventory-service answered " + status + " to PUT " + path);
    }
  }
}
