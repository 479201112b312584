package io.shoporders.shipping.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.shoporders.contracts.order.Address;
import io.shoporders.shipping.testing.EventBus;
import io.shoporders.shipping.testing.OrderEvents;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ShipmentResourceTest {

  @Inject AgroalDataSource database;

  private EventBus bus;
  private final OrderEvents order = new OrderEvents();

  @BeforeEach
  void connect() {
    bus = new EventBus(database);
  }

  @AfterEach
  void disconnect() {
    bus.close();
  }

  @Test
  void anUnknownOrderIsAProblemNotFound() {
    given()
        .get("/shipments/{orderId}", UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:shop-orders:problem:shipment-not-found"))
        .body("status", equalTo(404));
  }

  @Test
  void theListRefusesABadStatusPageOrSizeNamingTheParameter() {
    assertBadParameter("status", Map.of());
    assertBadParameter("status", Map.of("status", "LOST"));
    assertBadParameter("page", Map.of("status", "FAILED", "page", "-1"));
    assertBadParameter("size", Map.of("status", "FAILED", "size", "abc"));
    assertBadParameter("size", Map.of("status", "FAILED", "size", "101"));
  }

  private static void assertBadParameter(String parameter, Map<String, String> query) {
    given()
        .queryParams(query)
        .get("/shipments")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:shop-orders:problem:invalid-parameter"))
        .body("field", equalTo(parameter));
  }

  @Test
  void aShipmentWithoutLabelHasNoLabelToDownload() {
    bus.publish(order.placed());
    awaitStatus("WAITING");

    given()
        .get("/shipments/{orderId}/label", order.orderId)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:shop-orders:problem:label-not-found"));
  }

  @Test
  void anOperatorRetryBooksAFailedShipmentAgain() {
    Address unbreakable =
        new Address(
            "Zoë Rossi", List.of("Via " + "Lunghissima".repeat(4)), "20121", "Milano", "MI", "IT");
    bus.publish(order.placed(unbreakable, 1, 500));
    bus.publish(order.stockReserved());
    awaitStatus("FAILED");

    given()
        .post("/shipments/{orderId}/retry", order.orderId)
        .then()
        .statusCode(200)
        .body("status", equalTo("FAILED"))
        .body("failureReason", equalTo("address_needs_review"))
        .body("attempts", equalTo(2));
  }

  @Test
  void aRetryOfALabelledShipmentIsAConflict() {
    bus.publish(order.placed());
    bus.publish(order.stockReserved());
    awaitStatus("LABELLED");

    given()
        .post("/shipments/{orderId}/retry", order.orderId)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:shop-orders:problem:nothing-to-retry"));
  }

  private void awaitStatus(String status) {
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .get("/shipments/{orderId}", order.orderId)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo(status)));
  }
}
