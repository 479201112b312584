package io.shoporders.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;

/** order-service, as the storefront and operators call it. */
final class OrderApi {

  private OrderApi() {}

  private static RequestSpecification order() {
    return given().baseUri(RunningService.ORDER.url());
  }

  /** Places the order and returns its id; fails unless order-service accepted it. */
  static UUID place(OrderRequest request) {
    Response accepted = post(request, null);
    if (accepted.statusCode() != 202) {
      throw new AssertionError("order refused: " + accepted.asString());
    }
    return UUID.fromString(accepted.jsonPath().getString("orderId"));
  }

  /** POST /orders as sent, with an Idempotency-Key when one is given. */
  static Response post(OrderRequest request, String idempotencyKey) {
    RequestSpecification call = order().contentType("application/json").body(request.body());
    if (idempotencyKey != null) {
      call.header("Idempotency-Key", idempotencyKey);
    }
    return call.when().post("/orders");
  }

  static JsonPath get(UUID orderId) {
    return order().when().get("/orders/{id}", orderId).then().statusCode(200).extract().jsonPath();
  }

  static String status(UUID orderId) {
    return get(orderId).getString("status");
  }

  /** The saga events of the order, as its timeline lists them. */
  static List<String> timelineTypes(UUID orderId) {
    return order()
        .when()
        .get("/orders/{id}/timeline", orderId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("type", String.class);
  }

  /** The customer asks to cancel; the status code says whether order-service agreed. */
  static Response cancel(UUID orderId) {
    return order().when().post("/orders/{id}/cancel", orderId);
  }

  /** The orders an e-mail address placed, as operators search them. */
  static List<String> idsOrderedBy(String email) {
    return order()
        .queryParam("email", email)
        .when()
        .get("/orders")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.id", String.class);
  }
}
