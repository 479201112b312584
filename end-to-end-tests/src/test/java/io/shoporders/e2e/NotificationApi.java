package io.shoporders.e2e;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.UUID;

/** notification-service: which messages about an order it sent. */
final class NotificationApi {

  private NotificationApi() {}

  /** The kinds of the messages sent about the order, oldest first, e.g. ORDER_RECEIVED. */
  static List<String> sentKinds(UUID orderId) {
    return given()
        .baseUri(RunningService.NOTIFICATION.url())
        .queryParam("orderId", orderId)
        .when()
        .get("/notifications")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("findAll { it.status == 'SENT' }.kind", String.class);
  }
}
