package io.shoporders.notification.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.order.Customer;
import io.shoporders.notification.Orders;
import io.shoporders.notification.stack.Database;
import io.shoporders.notification.stack.Events;
import io.shoporders.notification.stack.Mailbox;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What support sees of an order's messages over HTTP, whatever their fate. */
@QuarkusTest
class NotificationResourceTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void aSentMessageIsListedForItsOrderWithoutPersonalData() {
    // given
    UUID orderId = UUID.randomUUID();
    String address = Mailbox.uniqueAddress("listed");
    Events.publish(placed(orderId, Orders.customer("Giulia Rossi", address, "it")));

    // when
    JsonPath listed = awaitSettled(orderId, 1);

    // then
    assertThat(listed.getList("kind")).containsExactly("ORDER_RECEIVED");
    assertThat(listed.getList("channel")).containsExactly("EMAIL");
    assertThat(listed.getList("status")).containsExactly("SENT");
    assertThat(listed.getList("attempts")).containsExactly(1);
    assertThat(listed.getList("orderId")).containsExactly(orderId.toString());
    assertThat(listed.prettify()).doesNotContain(address).doesNotContain("Giulia");
  }

  @Test
  void anAddressTheMailerCannotUseFailsForGoodWithItsReason() {
    // given
    UUID orderId = UUID.randomUUID();
    var customer = Orders.customer("Giulia Rossi", "not an address@notification.test", "it");
    Events.publish(placed(orderId, customer));

    // when
    JsonPath listed = awaitSettled(orderId, 1);

    // then
    assertThat(listed.getList("status")).containsExactly("FAILED");
    assertThat(listed.getList("reason")).containsExactly("invalid_email");
    assertThat(new Database(dataSource).emitted("NotificationFailed", orderId))
        .singleElement()
        .asString()
        .contains("\"permanent\":true")
        .doesNotContain("not an address");
  }

  @Test
  void theShippedMessageToACustomerWhoChoseSmsGoesThroughTheSmsProvider() {
    // given
    UUID orderId = UUID.randomUUID();
    var customer = Orders.smsCustomer("Giulia Rossi", Mailbox.uniqueAddress("sms"), "it");
    Events.publish(placed(orderId, customer));
    Events.publish(caused(orderId, Orders.confirmed(customer)));
    Events.publish(caused(orderId, Orders.shipped(customer)));

    // when
    JsonPath listed = awaitSettled(orderId, 3);

    // then
    assertThat(listed.getList("channel")).containsExactlyInAnyOrder("EMAIL", "EMAIL", "SMS");
    assertThat(listed.getList("status")).containsExactly("SENT", "SENT", "SENT");
    assertThat(new Database(dataSource).emitted("NotificationSent", orderId))
        .filteredOn(sent -> sent.contains("\"kind\":\"ORDER_SHIPPED\""))
        .singleElement()
        .asString()
        .contains("\"channel\":\"SMS\"");
  }

  @Test
  void anOrderWithoutMessagesHasAnEmptyList() {
    given()
        .queryParam("orderId", UUID.randomUUID().toString())
        .when()
        .get("/notifications")
        .then()
        .statusCode(200)
        .body("size()", equalTo(0));
  }

  @Test
  void aMalformedOrMissingOrderIdIsAProblemNamingTheField() {
    given()
        .queryParam("orderId", "SO-2026-000123")
        .when()
        .get("/notifications")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("field", equalTo("orderId"))
        .body("type", equalTo("urn:shop-orders:problem:invalid-parameter"))
        .body("status", equalTo(400))
        .body("title", equalTo("Invalid parameter"));
    given().when().get("/notifications").then().statusCode(400).body("field", equalTo("orderId"));
  }

  private static EventEnvelope<?> placed(UUID orderId, Customer customer) {
    return EventEnvelope.first(orderId, Orders.placed(customer), Clock.systemUTC());
  }

  private static EventEnvelope<?> caused(UUID orderId, EventPayload payload) {
    return EventEnvelope.causedBy(orderId, UUID.randomUUID(), payload, Clock.systemUTC());
  }

  /** The order's {@code count} messages once none is INTENDED any more. */
  private static JsonPath awaitSettled(UUID orderId, int count) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                given()
                    .queryParam("orderId", orderId.toString())
                    .get("/notifications")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath(),
            listed ->
                listed.getList("status").size() == count
                    && !listed.getList("status").contains("INTENDED"));
  }
}
