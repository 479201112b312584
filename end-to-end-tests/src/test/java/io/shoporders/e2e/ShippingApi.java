package io.shoporders.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.UUID;

/** shipping-service: the order's shipment and its label. */
final class ShippingApi {

  private ShippingApi() {}

  static JsonPath shipment(UUID orderId) {
    return given()
        .baseUri(RunningService.SHIPPING.url())
        .when()
        .get("/shipments/{orderId}", orderId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static String status(UUID orderId) {
    return shipment(orderId).getString("status");
  }

  /** GET of the label PDF, as sent: 200 with the PDF, or a problem. */
  static Response label(UUID orderId) {
    return given()
        .baseUri(RunningService.SHIPPING.url())
        .when()
        .get("/shipments/{orderId}/label", orderId);
  }
}
