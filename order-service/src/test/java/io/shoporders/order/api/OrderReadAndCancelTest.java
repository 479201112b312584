package io.shoporders.order.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.shoporders.order.support.OrderJson;
import io.shoporders.order.support.ShopDatabase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrderReadAndCancelTest {

  @Inject AgroalDataSource dataSource;

  private ShopDatabase database;

  @BeforeEach
  void catalogue() throws Exception {
    database = new ShopDatabase(dataSource);
    database.product("READ-MUG", 1220, 2200, true);
  }

  @Test
  void orderShowsStateLinesTotalsAndPaymentWithoutItsToken() {
    UUID id = place(OrderIntakeTest.unique("read"));

    String body =
        given()
            .get("/orders/{id}", id)
            .then()
            .statusCode(200)
            .body("status", equalTo("PLACED"))
            .body("lines", hasSize(1))
            .body("lines[0].unitPrice.amountMinor", equalTo(1220))
            .body("totals.grandTotal.amountMinor", equalTo(1810))
            .body("payment.type", equalTo("stripe"))
            .body("shipment", nullValue())
            .extract()
            .asString();

    assertThat(body).doesNotContain("pm_1QfT7k2eZvKYlo2C");
  }

  @Test
  void unknownOrderIs404Problem() {
    given()
        .get("/orders/{id}", UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void operatorsFindOrdersByEmailAndStatus() {
    String email = OrderIntakeTest.unique("search");
    UUID id = place(email);

    given()
        .queryParam("email", email.toUpperCase())
        .queryParam("status", "PLACED")
        .queryParam("from", Instant.now().minusSeconds(3600).toString())
        .get("/orders")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].id", equalTo(id.toString()));
  }

  @Test
  void searchRefusesAnUnknownStatus() {
    given()
        .queryParam("status", "LOST")
        .get("/orders")
        .then()
        .statusCode(400)
        .body("field", equalTo("status"));
  }

  @Test
  void cancelEmitsOrderCancelledOnceAndASecondCallReturnsTheSameResult() throws Exception {
    UUID id = place(OrderIntakeTest.unique("cancel"));

    String first = cancel(id, "{\"reason\":\"OPERATOR_REQUEST\",\"note\":\"duplicate order\"}");
    String second = cancel(id, "{\"reason\":\"OPERATOR_REQUEST\",\"note\":\"duplicate order\"}");

    assertThat(second).isEqualTo(first).contains("CANCELLED").contains("OPERATOR_REQUEST");
    assertThat(database.outbox(id, "OrderCancelled")).hasSize(1);
    assertThat(database.outbox(id, "OrderCancelled").get(0)).contains("duplicate order");
  }

  @Test
  void cancelWithoutABodyIsTheCustomersRequest() {
    UUID id = place(OrderIntakeTest.unique("cancel-empty"));

    given()
        .post("/orders/{id}/cancel", id)
        .then()
        .statusCode(200)
        .body("cancellation.reason", equalTo("CUSTOMER_REQUEST"));
  }

  @Test
  void cancelAfterShippingIs409() throws Exception {
    UUID id = place(OrderIntakeTest.unique("shipped"));
    database.update("UPDATE orders SET status = 'SHIPPED' WHERE id = ?", id);

    given()
        .contentType("application/json")
        .body("{}")
        .post("/orders/{id}/cancel", id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    assertThat(database.outbox(id, "OrderCancelled")).isEmpty();
  }

  @Test
  void cancelNoteWithACardNumberIsRefused() {
    UUID id = place(OrderIntakeTest.unique("cancel-card"));

    given()
        .contentType("application/json")
        .body("{\"note\":\"refund to 4111111111111111\"}")
        .post("/orders/{id}/cancel", id)
        .then()
        .statusCode(422)
        .body("field", equalTo("note"))
        .body("detail", not(containsString("4111")));
  }

  private static String cancel(UUID id, String body) {
    return given()
        .contentType("application/json")
        .body(body)
        .post("/orders/{id}/cancel", id)
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  private static UUID place(String email) {
    String id =
        OrderIntakeTest.post(OrderJson.valid(email, "READ-MUG").toString())
            .then()
            .statusCode(202)
            .extract()
            .path("orderId");
    return UUID.fromString(id);
  }
}
