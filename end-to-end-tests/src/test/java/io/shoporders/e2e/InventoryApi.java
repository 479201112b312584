package io.shoporders.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** inventory-service: the catalogue, the stock per sku and the reservations it holds. */
final class InventoryApi {

  /** The units of one sku. */
  record Stock(int onHand, int reserved, int available) {}

  private InventoryApi() {}

  private static RequestSpecification inventory() {
    return given().baseUri(RunningService.INVENTORY.url()).contentType("application/json");
  }

  /** Creates an active warehouse product at 22 % VAT. */
  static void createProduct(String sku, String name, long unitPriceMinor, int weightGrams) {
    Map<String, Object> product =
        Map.ofEntries(
            Map.entry("name", name),
            Map.entry("unitPriceMinor", unitPriceMinor),
            Map.entry("currency", "EUR"),
            Map.entry("vatRateBasisPoints", 2200),
            Map.entry("weightGrams", weightGrams),
            Map.entry("lengthMm", 200),
            Map.entry("widthMm", 150),
            Map.entry("heightMm", 100),
            Map.entry("active", true),
            Map.entry("shipsFrom", "WAREHOUSE"));
    inventory().body(product).when().put("/products/{sku}", sku).then().statusCode(201);
  }

  /** Sets the units on hand after a count, with no safety stock held back. */
  static void count(String sku, int onHand) {
    Map<String, Object> change =
        Map.of("onHand", onHand, "safetyStock", 0, "reason", "end-to-end test fixture");
    inventory().body(change).when().put("/stock/{sku}", sku).then().statusCode(200);
  }

  static Stock stock(String sku) {
    JsonPath stock =
        inventory().when().get("/stock/{sku}", sku).then().statusCode(200).extract().jsonPath();
    return new Stock(stock.getInt("onHand"), stock.getInt("reserved"), stock.getInt("available"));
  }

  /** Whether inventory-service holds a reservation for the order now. */
  static boolean holdsReservationFor(UUID orderId) {
    List<String> held =
        inventory()
            .when()
            .get("/reservations")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("orderId", String.class);
    return held.contains(orderId.toString());
  }
}
