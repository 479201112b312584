package io.shoporders.e2e;

import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import java.time.Duration;

/**
 * Products a test owns: created in inventory-service with a counted stock, and ready once
 * order-service has their copy (ProductChanged through the outbox and Kafka).
 */
final class Catalogue {

  private static final String NOT_A_PRODUCT = "E2E-NEVER-LISTED";

  private Catalogue() {}

  /**
   * A new warehouse product with {@code onHand} units, priced by order-service when this returns.
   */
  static String product(String name, long unitPriceMinor, int onHand) {
    String sku = Unique.sku(name.toUpperCase().replaceAll("[^A-Z]", ""));
    InventoryApi.createProduct(sku, name, unitPriceMinor, 650);
    InventoryApi.count(sku, onHand);
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> orderServiceKnows(sku));
    return sku;
  }

  /**
   * Asks order-service to price an order of the sku and of a sku that is never listed: it refuses
   * the first unknown line, and stores nothing. The refusal names the second line once the sku is
   * on sale there.
   */
  private static boolean orderServiceKnows(String sku) {
    OrderRequest probe = OrderRequest.byNewCustomer().line(sku, 1).line(NOT_A_PRODUCT, 1);
    Response refused = OrderApi.post(probe, null);
    if (refused.statusCode() != 422) {
      throw new AssertionError("the probe order was not refused: " + refused.asString());
    }
    return "lines[1].sku".equals(refused.jsonPath().getString("field"));
  }
}
