package io.shoporders.payment.messaging;

import static io.restassured.RestAssured.given;
import static io.shoporders.payment.messaging.SagaEvents.labelCreated;
import static io.shoporders.payment.messaging.SagaEvents.orderCancelled;
import static io.shoporders.payment.messaging.SagaEvents.orderPlaced;
import static io.shoporders.payment.messaging.SagaEvents.stockUnavailable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.order.OrderPlaced;
import io.shoporders.contracts.payment.PaymentAuthorized;
import io.shoporders.contracts.payment.PaymentCaptureFailed;
import io.shoporders.contracts.payment.PaymentCaptured;
import io.shoporders.contracts.payment.PaymentDeclined;
import io.shoporders.contracts.payment.PaymentRefunded;
import io.shoporders.contracts.payment.PaymentVoided;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each event in, the right event out, against the real PostgreSQL and Kafka of the test stack.
 * Other tests publish on the same topics, so every check looks at this test's own order ids.
 */
@QuarkusTest
class PaymentSagaTest {

  private static final Duration FIRST_MESSAGE = Duration.ofSeconds(60);

  @Inject AgroalDataSource dataSource;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  private SagaEvents saga;
  private Emitted emitted;

  @BeforeEach
  void connect() {
    saga = new SagaEvents(bootstrapServers);
    emitted = new Emitted(dataSource);
  }

  @AfterEach
  void disconnect() {
    saga.close();
  }

  private UUID placeOrder(String token) {
    UUID orderId = UUID.randomUUID();
    saga.send(saga.placed(orderId, orderPlaced(token, "IT")));
    return orderId;
  }

  private void awaitTypes(UUID orderId, String... types) {
    await()
        .atMost(FIRST_MESSAGE)
        .untilAsserted(() -> assertThat(emitted.typesFor(orderId)).containsExactly(types));
  }

  /** Waits long enough for a wrong event to have been written, then checks there is none. */
  private void staysAt(UUID orderId, String... types) {
    await()
        .pollDelay(Duration.ofSeconds(3))
        .atMost(FIRST_MESSAGE)
        .untilAsserted(() -> assertThat(emitted.typesFor(orderId)).containsExactly(types));
  }

  @Test
  void eachSandboxTokenGivesStripesOutcome() {
    // given
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("pm_card_visa", null);
    expected.put("pm_card_mastercard", null);
    expected.put("pm_card_visa_chargeDeclined", "generic_decline");
    expected.put("pm_card_visa_chargeDeclinedInsufficientFunds", "insufficient_funds");
    expected.put("pm_card_chargeDeclinedExpiredCard", "expired_card");
    expected.put("pm_card_chargeDeclinedIncorrectCvc", "incorrect_cvc");
    expected.put("pm_card_chargeDeclinedProcessingError", "processing_error");
    expected.put("pm_card_chargeDeclinedFraudulent", "fraudulent");
    expected.put("pm_card_visa_chargeDeclinedLostCard", "lost_card");
    expected.put("pm_card_visa_chargeDeclinedStolenCard", "stolen_card");

    // when
    Map<String, UUID> orders = new LinkedHashMap<>();
    expected.keySet().forEach(token -> orders.put(token, placeOrder(token)));

    // then
    expected.forEach(
        (token, code) -> {
          UUID orderId = orders.get(token);
          awaitTypes(orderId, code == null ? "PaymentAuthorized" : "PaymentDeclined");
          Object payload = emitted.forOrder(orderId).get(0).payload();
          if (code == null) {
            assertThat(((PaymentAuthorized) payload).amount()).isEqualTo(SagaEvents.TOTAL);
            assertThat(((PaymentAuthorized) payload).gateway()).isEqualTo("sandbox");
          } else {
            assertThat(((PaymentDeclined) payload).declineCode()).as(token).isEqualTo(code);
          }
        });
  }

  @Test
  void aShippingCountryOutsideTheListIsDeclinedAsSuspectedFraud() {
    // given
    UUID orderId = UUID.randomUUID();

    // when
    saga.send(saga.placed(orderId, orderPlaced("pm_card_visa", "KP")));

    // then
    awaitTypes(orderId, "PaymentDeclined");
    PaymentDeclined declined = (PaymentDeclined) emitted.forOrder(orderId).get(0).payload();
    assertThat(declined.declineCode()).isEqualTo("fraud_suspected");
  }

  @Test
  void aRedeliveredOrderPlacedAuthorizesOnce() {
    // given
    UUID orderId = UUID.randomUUID();
    EventEnvelope<OrderPlaced> placed = saga.placed(orderId, orderPlaced("pm_card_visa", "IT"));

    // when
    saga.send(placed);
    saga.send(placed);

    // then
    awaitTypes(orderId, "PaymentAuthorized");
    staysAt(orderId, "PaymentAuthorized");
  }

  @Test
  void aLabelCapturesOnceAndALaterCancellationRefunds() {
    // given
    UUID orderId = placeOrder("pm_card_visa");
    awaitTypes(orderId, "PaymentAuthorized");
    var label = saga.later(orderId, labelCreated());

    // when
    saga.send(label);
    saga.send(label);
    saga.send(saga.later(orderId, labelCreated()));
    awaitTypes(orderId, "PaymentAuthorized", "PaymentCaptured");
    saga.send(saga.later(orderId, orderCancelled()));

    // then
    awaitTypes(orderId, "PaymentAuthorized", "PaymentCaptured", "PaymentRefunded");
    List<EventEnvelope<?>> events = emitted.forOrder(orderId);
    assertThat(((PaymentCaptured) events.get(1).payload()).amount()).isEqualTo(SagaEvents.TOTAL);
    assertThat(((PaymentRefunded) events.get(2).payload()).amount()).isEqualTo(SagaEvents.TOTAL);
    staysAt(orderId, "PaymentAuthorized", "PaymentCaptured", "PaymentRefunded");
  }

  @Test
  void missingStockVoidsAndALaterLabelCapturesNothing() {
    // given
    UUID orderId = placeOrder("pm_card_mastercard");
    awaitTypes(orderId, "PaymentAuthorized");

    // when
    saga.send(saga.later(orderId, stockUnavailable()));
    awaitTypes(orderId, "PaymentAuthorized", "PaymentVoided");
    saga.send(saga.later(orderId, labelCreated()));
    saga.send(saga.later(orderId, orderCancelled()));

    // then
    staysAt(orderId, "PaymentAuthorized", "PaymentVoided");
    PaymentVoided voided = (PaymentVoided) emitted.forOrder(orderId).get(1).payload();
    assertThat(voided.amount()).isEqualTo(SagaEvents.TOTAL);
  }

  @Test
  void aHoldThatLapsedFailsTheCaptureAsExpiredAndTheCancellationChargesNothing() {
    // given
    UUID orderId = placeOrder("pm_card_visa_holdLapsesAtOnce");
    awaitTypes(orderId, "PaymentAuthorized");

    // when
    saga.send(saga.later(orderId, labelCreated()));
    awaitTypes(orderId, "PaymentAuthorized", "PaymentCaptureFailed");
    saga.send(saga.later(orderId, orderCancelled()));

    // then
    awaitTypes(orderId, "PaymentAuthorized", "PaymentCaptureFailed", "PaymentVoided");
    PaymentCaptureFailed failed = (PaymentCaptureFailed) emitted.forOrder(orderId).get(1).payload();
    assertThat(failed.reason()).isEqualTo("authorization_expired");
    given()
        .when()
        .get("/payments/{orderId}", orderId)
        .then()
        .statusCode(200)
        .body("status", equalTo("VOIDED"))
        .body("captured", equalTo(null));
  }

  @Test
  void aCancellationBeforeTheOrderArrivesPreventsAnyAuthorization() {
    // given
    UUID orderId = UUID.randomUUID();
    saga.send(saga.later(orderId, orderCancelled()));
    await().atMost(FIRST_MESSAGE).until(() -> count(CANCELLED, orderId) == 1);
    var placed = saga.placed(orderId, orderPlaced("pm_card_visa", "IT"));
    var label = saga.later(orderId, labelCreated());

    // when
    saga.send(placed);
    saga.send(label);

    // then
    await()
        .atMost(FIRST_MESSAGE)
        .until(() -> count(HANDLED, placed.eventId()) + count(HANDLED, label.eventId()) == 2);
    assertThat(emitted.typesFor(orderId)).isEmpty();
    given().when().get("/payments/{orderId}", orderId).then().statusCode(404);
  }

  @Test
  void aCancellationRacingTheCaptureEndsVoidedOrRefundedNeverJustCharged() {
    // given
    UUID orderId = placeOrder("pm_card_visa");
    awaitTypes(orderId, "PaymentAuthorized");

    // when
    saga.send(saga.later(orderId, labelCreated()));
    saga.send(saga.later(orderId, orderCancelled()));

    // then
    await()
        .atMost(FIRST_MESSAGE)
        .untilAsserted(
            () ->
                assertThat(emitted.typesFor(orderId))
                    .isIn(
                        List.of("PaymentAuthorized", "PaymentVoided"),
                        List.of("PaymentAuthorized", "PaymentCaptured", "PaymentRefunded")));
  }

  @Test
  void operatorsSeeStatusAmountsAndHistoryButNeverTheToken() {
    // given
    UUID orderId = placeOrder("pm_card_visa");
    awaitTypes(orderId, "PaymentAuthorized");
    saga.send(saga.later(orderId, labelCreated()));
    awaitTypes(orderId, "PaymentAuthorized", "PaymentCaptured");

    // when / then
    given()
        .when()
        .get("/payments/{orderId}", orderId)
        .then()
        .statusCode(200)
        .body("status", equalTo("CAPTURED"))
        .body("gateway", equalTo("sandbox"))
        .body("authorized.amountMinor", equalTo(3740))
        .body("captured.amountMinor", equalTo(3740))
        .body("history.operation", equalTo(List.of("AUTHORIZE", "AUTHORIZE", "CAPTURE", "CAPTURE")))
        .body("history.outcome", equalTo(List.of("REQUESTED", "APPROVED", "REQUESTED", "APPROVED")))
        .body(not(containsString("pm_card")));
  }

  @Test
  void anUnknownOrderIsAProblem() {
    // when / then
    given()
        .when()
        .get("/payments/{orderId}", UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:shop-orders:problem:payment-not-found"));
  }

  private static final String CANCELLED =
      "SELECT count(*) FROM order_cancellation WHERE order_id = ?";
  private static final String HANDLED =
      "SELECT count(*) FROM processed_event WHERE consumer = 'payment-service' AND event_id = ?";

  private long count(String sql, UUID id) throws Exception {
    try (var connection = dataSource.getConnection();
        var query = connection.prepareStatement(sql)) {
      query.setObject(1, id);
      try (var rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
