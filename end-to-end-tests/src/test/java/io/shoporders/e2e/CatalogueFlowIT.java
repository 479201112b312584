package io.shoporders.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A catalogue imported into inventory-service reaches order-service's copy through ProductChanged,
 * the outbox and Kafka, and prices the next order there.
 */
class CatalogueFlowIT {

  @Test
  void importedProductPricesTheNextOrder() {
    String sku = "E2E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    String catalogue =
        "sku,name,unitPriceMinor,currency,vatRateBasisPoints,weightGrams,lengthMm,widthMm,"
            + "heightMm,active,shipsFrom,supplier\n"
            + sku
            + ",Tazzine da caffè,1890,EUR,2200,400,120,80,60,true,WAREHOUSE,\n";

    given()
        .baseUri(RunningService.INVENTORY.url())
        .contentType("text/csv")
        .body(catalogue)
        .when()
        .post("/products/import")
        .then()
        .statusCode(200);

    Response accepted =
        await()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofSeconds(1))
            .until(() -> placeOrderFor(sku), response -> response.statusCode() == 202);

    given()
        .baseUri(RunningService.ORDER.url())
        .when()
        .get(accepted.header("Location"))
        .then()
        .statusCode(200)
        .body("lines[0].sku", equalTo(sku))
        .body("lines[0].unitPrice.amountMinor", equalTo(1890))
        .body("lines[0].lineTotal.amountMinor", equalTo(3780));
    assertThat(accepted.jsonPath().getString("orderId")).isNotBlank();
  }

  private static Response placeOrderFor(String sku) {
    String order =
        """
        {"customer": {"name": "Lucia D'Amico", "email": "lucia.damico@example.com",
                      "phone": "+393471234567", "language": "it", "channel": "EMAIL"},
         "shippingAddress": {"name": "Lucia D'Amico", "lines": ["Via Sant'Angelo 3"],
                             "postalCode": "80100", "city": "Napoli", "province": "NA",
                             "country": "IT"},
         "lines": [{"sku": "%s", "quantity": 2}],
         "paymentMethod": {"type": "sandbox", "token": "pm_card_visa"}}
        """
            .formatted(sku);
    return given()
        .baseUri(RunningService.ORDER.url())
        .contentType("application/json")
        .body(order)
        .when()
        .post("/orders");
  }
}
