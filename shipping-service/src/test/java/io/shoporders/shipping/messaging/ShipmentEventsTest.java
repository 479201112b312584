package io.shoporders.shipping.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.inventory.StockReserved;
import io.shoporders.contracts.order.Address;
import io.shoporders.contracts.shipping.LabelCreated;
import io.shoporders.contracts.shipping.LabelFailed;
import io.shoporders.contracts.shipping.LabelVoided;
import io.shoporders.shipping.domain.S10TrackingNumber;
import io.shoporders.shipping.testing.EventBus;
import io.shoporders.shipping.testing.LabelReader;
import io.shoporders.shipping.testing.OrderEvents;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ShipmentEventsTest {

  /** The first record waits for the consumer group to form; later ones take milliseconds. */
  private static final Duration FIRST_MESSAGE = Duration.ofSeconds(30);

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
  void reservedStockOfAPlacedOrderGetsALabelWhoseBarcodeIsItsTrackingNumber() throws Exception {
    bus.publish(order.placed());
    bus.publish(order.stockReserved());

    LabelCreated created = awaitEvent(LabelCreated.class);

    S10TrackingNumber.parse(created.trackingCode());
    assertThat(created.correctedAddress()).as("the order's own address").isNull();
    assertThat(created.carrier()).isEqualTo("sandbox");
    assertThat(created.weightGrams()).isEqualTo(750);
    assertThat(created.trackingUrl()).endsWith("/sandbox/tracking/" + created.trackingCode());
    byte[] pdf = label(order.orderId);
    assertThat(LabelReader.barcodeOf(pdf)).isEqualTo(created.trackingCode());
    assertThat(LabelReader.textOf(pdf)).contains("Lukasz Zoe", "Grosse Hamburger Strasse 17,");
  }

  @Test
  void theTrackingLinkLeadsToTheSandboxTrackingPage() {
    bus.publish(order.placed());
    bus.publish(order.stockReserved());

    LabelCreated created = awaitEvent(LabelCreated.class);

    given()
        .get("/sandbox/tracking/{trackingCode}", created.trackingCode())
        .then()
        .statusCode(200)
        .body("carrier", equalTo("sandbox"))
        .body("state", equalTo("label_created"));
    given()
        .get("/sandbox/tracking/{trackingCode}", "CA000000005IT")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void theApiKeepsTheAddressInItsExactUtf8() {
    bus.publish(order.placed());
    bus.publish(order.stockReserved());

    awaitEvent(LabelCreated.class);

    given()
        .get("/shipments/{orderId}", order.orderId)
        .then()
        .statusCode(200)
        .body("status", equalTo("LABELLED"))
        .body("recipient.name", equalTo("Łukasz Zoë"))
        .body("recipient.lines[0]", equalTo("Große Hamburger Straße 17, Hinterhaus links"));
  }

  @Test
  void stockReservedBeforeOrderPlacedWaitsForTheAddress() {
    bus.publish(order.stockReserved());
    bus.publish(order.placed());

    assertThat(awaitEvent(LabelCreated.class).carrier()).isEqualTo("sandbox");
  }

  @Test
  void redeliveredAndRepeatedReservationsBookOneLabel() {
    EventEnvelope<StockReserved> reserved = order.stockReserved();
    bus.publish(order.placed());
    bus.publish(reserved);
    awaitEvent(LabelCreated.class);

    EventEnvelope<StockReserved> again = order.stockReserved();
    bus.publish(reserved);
    bus.publish(again);
    await().atMost(FIRST_MESSAGE).until(() -> bus.handled(again));

    assertThat(bus.emitted(order.orderId)).hasSize(1);
    given().get("/shipments/{orderId}", order.orderId).then().body("attempts", equalTo(1));
  }

  @Test
  void aCancellationBeforeTheReservationMeansNoLabelEver() {
    bus.publish(order.placed());
    bus.publish(order.cancelled());
    awaitStatus("CANCELLED");

    EventEnvelope<StockReserved> reserved = order.stockReserved();
    bus.publish(reserved);
    await().atMost(FIRST_MESSAGE).until(() -> bus.handled(reserved));

    assertThat(bus.emitted(order.orderId)).isEmpty();
    awaitStatus("CANCELLED");
  }

  @Test
  void aCancellationAfterTheLabelVoidsIt() {
    bus.publish(order.placed());
    bus.publish(order.stockReserved());
    LabelCreated created = awaitEvent(LabelCreated.class);

    bus.publish(order.cancelled());

    LabelVoided voided = awaitEvent(LabelVoided.class);
    assertThat(voided.trackingCode()).isEqualTo(created.trackingCode());
    assertThat(voided.shipmentId()).isEqualTo(created.shipmentId());
    awaitStatus("VOIDED");
  }

  @Test
  void anAddressThatCannotFitTheLabelNeedsReviewAndTheOrderIsNotCancelled() {
    Address unbreakable =
        new Address(
            "Zoë Rossi", List.of("Via " + "Lunghissima".repeat(4)), "20121", "Milano", "MI", "IT");
    bus.publish(order.placed(unbreakable, 1, 500));
    bus.publish(order.stockReserved());

    LabelFailed failed = awaitEvent(LabelFailed.class);

    assertThat(failed.reason()).isEqualTo("address_needs_review");
    assertThat(failed.retryable()).isFalse();
    assertThat(failed.attempts()).isEqualTo(1);
    awaitStatus("FAILED");
    given()
        .queryParam("status", "FAILED")
        .queryParam("size", 100)
        .get("/shipments")
        .then()
        .statusCode(200)
        .body(
            "items.find { it.orderId == '" + order.orderId + "' }.failureReason",
            equalTo("address_needs_review"))
        .body("items.find { it.orderId == '" + order.orderId + "' }.recipient", equalTo(null));
  }

  @Test
  void aParcelOverTheCarriersLimitFailsAsTooHeavy() {
    bus.publish(order.placed(OrderEvents.BERLIN, 4, 8_000));
    bus.publish(order.stockReserved());

    LabelFailed failed = awaitEvent(LabelFailed.class);

    assertThat(failed.reason()).isEqualTo("parcel_too_heavy");
    assertThat(failed.carrier()).isEqualTo("sandbox");
  }

  @Test
  void aRequestTheCarrierRejectsFailsWithoutRetrying() {
    Address zeros = new Address("Zoë Rossi", List.of("Via Roma 1"), "00000", "Roma", "RM", "IT");
    bus.publish(order.placed(zeros, 1, 500));
    bus.publish(order.stockReserved());

    LabelFailed failed = awaitEvent(LabelFailed.class);

    assertThat(failed.reason()).isEqualTo("carrier_rejected");
    assertThat(failed.attempts()).isEqualTo(1);
  }

  @Test
  void anAddressThatNeedsReviewIsCorrectedByAnOperatorAndBookedAgain() throws Exception {
    Address unbreakable =
        new Address(
            "Zoë Rossi", List.of("Via " + "Lunghissima".repeat(4)), "20121", "Milano", "MI", "IT");
    bus.publish(order.placed(unbreakable, 1, 500));
    bus.publish(order.stockReserved());
    awaitEvent(LabelFailed.class);

    correctAddress(with(correction("Zoë Rossi"), "lines", List.of("Via Lunga 4", "Scala B")))
        .statusCode(200)
        .body("status", equalTo("LABELLED"))
        .body("failureReason", equalTo(null))
        .body("recipient.lines", equalTo(List.of("Via Lunga 4", "Scala B")));

    LabelCreated created = awaitEvent(LabelCreated.class);
    assertThat(created.correctedAddress().lines()).containsExactly("Via Lunga 4", "Scala B");
    assertThat(LabelReader.textOf(label(order.orderId))).contains("Via Lunga 4", "Scala B");
    assertThat(LabelReader.barcodeOf(label(order.orderId))).isEqualTo(created.trackingCode());
  }

  @Test
  void anAddressCorrectedBeforeTheStockIsReservedIsTheOneOnTheLabel() throws Exception {
    bus.publish(order.placed());
    awaitStatus("WAITING");

    correctAddress(correction("Ada Bianchi")).statusCode(200).body("status", equalTo("WAITING"));
    bus.publish(order.stockReserved());

    assertThat(awaitEvent(LabelCreated.class).correctedAddress().name()).isEqualTo("Ada Bianchi");
    assertThat(LabelReader.textOf(label(order.orderId))).contains("Ada Bianchi", "Corso Italia 8");
  }

  @Test
  void aCorrectionIsRefusedOnceTheLabelIsMadeAndChangesNothing() {
    bus.publish(order.placed());
    bus.publish(order.stockReserved());
    LabelCreated created = awaitEvent(LabelCreated.class);

    correctAddress(correction("Ada Bianchi"))
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:shop-orders:problem:address-not-correctable"));
    given()
        .get("/shipments/{orderId}", order.orderId)
        .then()
        .body("status", equalTo("LABELLED"))
        .body("trackingCode", equalTo(created.trackingCode()))
        .body("recipient.name", not(equalTo("Ada Bianchi")));
  }

  @Test
  void aBadCorrectionIsRefusedNamingTheFieldAndChangesNothing() {
    bus.publish(order.placed());
    awaitStatus("WAITING");
    String before = given().get("/shipments/{orderId}", order.orderId).asString();

    correctAddress(with(correction("Ada"), "country", "Italia"))
        .statusCode(422)
        .contentType("application/problem+json")
        .body("field", equalTo("country"))
        .body("detail", not(containsString("Italia")));
    correctAddress(with(correction("Ada"), "lines", List.of("C".repeat(101))))
        .statusCode(422)
        .body("field", equalTo("lines[0]"));
    correctAddress(with(correction("Ada"), "lines", List.of("Via 4242424242424242")))
        .statusCode(422)
        .body("field", equalTo("lines[0]"))
        .body("detail", not(containsString("4242")));
    correctAddress(with(correction("Ada\u0000"), "city", "Torino"))
        .statusCode(422)
        .body("field", equalTo("name"));
    correctAddress(with(correction("Ada"), "lines", null))
        .statusCode(422)
        .body("field", equalTo("lines"));
    correctAddress(with(correction("Ada"), "lines", "Corso Italia 8"))
        .statusCode(400)
        .contentType("application/problem+json")
        .body("field", equalTo("lines"));
    given()
        .contentType("application/json")
        .body("not json")
        .put("/shipments/{orderId}/address", order.orderId)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .contentType("application/json")
        .body(correction("Ada"))
        .put("/shipments/{orderId}/address", UUID.randomUUID())
        .then()
        .statusCode(404);

    assertThat(given().get("/shipments/{orderId}", order.orderId).asString()).isEqualTo(before);
  }

  /** A valid address in Turin, as an operator would send it. */
  private static Map<String, Object> correction(String name) {
    Map<String, Object> address = new LinkedHashMap<>();
    address.put("name", name);
    address.put("lines", List.of("Corso Italia 8"));
    address.put("postalCode", "10121");
    address.put("city", "Torino");
    address.put("province", "TO");
    address.put("country", "IT");
    return address;
  }

  private static Map<String, Object> with(Map<String, Object> address, String field, Object value) {
    address.put(field, value);
    return address;
  }

  private ValidatableResponse correctAddress(Map<String, Object> address) {
    return given()
        .contentType("application/json")
        .body(address)
        .put("/shipments/{orderId}/address", order.orderId)
        .then();
  }

  private <P extends EventPayload> P awaitEvent(Class<P> type) {
    return bus.awaitEmitted(order.orderId, type, FIRST_MESSAGE);
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

  private static byte[] label(UUID orderId) {
    return given()
        .get("/shipments/{orderId}/label", orderId)
        .then()
        .statusCode(200)
        .contentType("application/pdf")
        .extract()
        .asByteArray();
  }
}
