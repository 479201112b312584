package io.shoporders.shipping.booking;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.EventType;
import io.shoporders.contracts.order.Address;
import io.shoporders.contracts.shipping.LabelCreated;
import io.shoporders.contracts.shipping.LabelFailed;
import io.shoporders.contracts.shipping.LabelVoided;
import io.shoporders.shipping.testing.EventBus;
import io.shoporders.shipping.testing.OrderEvents;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(UnreliableProfile.class)
class CarrierOutageTest {

  /**
   * This profile starts a second application in the same consumer group, which first catches up
   * with what other test suites published meanwhile: its first message may take longer.
   */
  private static final Duration FIRST_MESSAGE = Duration.ofSeconds(60);

  private static final Address LUXEMBOURG =
      new Address("Zoë Weber", List.of("Rue de la Gare 7"), "1611", "Luxembourg", null, "LU");

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
  void aCarrierThatFailsTwiceThenAnswersIssuesOneLabel() {
    UnreliableCarrier.failNext(order.orderNumber, 2);

    bus.publish(order.placed(LUXEMBOURG, 1, 500));
    bus.publish(order.stockReserved());

    LabelCreated created = awaitEvent(LabelCreated.class);
    assertThat(created.carrier()).isEqualTo(UnreliableCarrier.CODE);
    assertThat(bus.emitted(order.orderId)).hasSize(1);
    given().get("/shipments/{orderId}", order.orderId).then().body("attempts", equalTo(3));
  }

  @Test
  void aCarrierThatStaysDownFailsRetryablyAndAnOperatorRetriesLater() {
    UnreliableCarrier.failNext(order.orderNumber, 4);

    bus.publish(order.placed(LUXEMBOURG, 1, 500));
    bus.publish(order.stockReserved());

    LabelFailed failed = awaitEvent(LabelFailed.class);
    assertThat(failed.reason()).isEqualTo("carrier_unavailable");
    assertThat(failed.retryable()).isTrue();
    assertThat(failed.attempts()).isEqualTo(4);

    given()
        .post("/shipments/{orderId}/retry", order.orderId)
        .then()
        .statusCode(200)
        .body("status", equalTo("LABELLED"))
        .body("attempts", equalTo(5));
    awaitEvent(LabelCreated.class);
  }

  @Test
  void aLabelThatArrivesAfterTheCancellationIsVoidedAndNeverAnnounced() {
    UnreliableCarrier.answerAfter(order.orderNumber, Duration.ofSeconds(10));
    bus.publish(order.placed(LUXEMBOURG, 1, 500));
    bus.publish(order.stockReserved());
    awaitStatus("BOOKING");

    bus.publish(order.cancelled());

    LabelVoided voided = awaitEvent(LabelVoided.class);
    assertThat(voided.carrier()).isEqualTo(UnreliableCarrier.CODE);
    assertThat(bus.emitted(order.orderId))
        .extracting(EventEnvelope::type)
        .containsExactly(EventType.LabelVoided);
  }

  private <P extends EventPayload> P awaitEvent(Class<P> type) {
    EventType wanted = EventType.of(type);
    return await()
        .atMost(FIRST_MESSAGE)
        .until(
            () -> bus.emitted(order.orderId).stream().filter(e -> e.type() == wanted).findFirst(),
            found -> found.isPresent())
        .map(event -> type.cast(event.payload()))
        .orElseThrow();
  }

  private void awaitStatus(String status) {
    await()
        .atMost(FIRST_MESSAGE)
        .untilAsserted(
            () ->
                given()
                    .get("/shipments/{orderId}", order.orderId)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo(status)));
  }
}
