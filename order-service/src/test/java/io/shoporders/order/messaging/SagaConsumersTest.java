package io.shoporders.order.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.shoporders.contracts.EventCodec;
import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.inventory.ProductChanged;
import io.shoporders.contracts.inventory.ReservedLine;
import io.shoporders.contracts.inventory.ShipsFrom;
import io.shoporders.contracts.inventory.Shortage;
import io.shoporders.contracts.inventory.StockReserved;
import io.shoporders.contracts.inventory.StockUnavailable;
import io.shoporders.contracts.money.Money;
import io.shoporders.contracts.notification.NotificationKind;
import io.shoporders.contracts.notification.NotificationSent;
import io.shoporders.contracts.order.Address;
import io.shoporders.contracts.order.CancellationReason;
import io.shoporders.contracts.order.Channel;
import io.shoporders.contracts.order.OrderCancelled;
import io.shoporders.contracts.order.OrderShipped;
import io.shoporders.contracts.payment.PaymentAuthorized;
import io.shoporders.contracts.payment.PaymentCaptured;
import io.shoporders.contracts.payment.PaymentDeclined;
import io.shoporders.contracts.payment.PaymentVoided;
import io.shoporders.contracts.shipping.LabelCreated;
import io.shoporders.order.support.OrderJson;
import io.shoporders.order.support.SagaEvents;
import io.shoporders.order.support.ShopDatabase;
import io.shoporders.order.support.TopicReader;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The saga as order-service sees it: events fed through the real topics, one order each. */
@QuarkusTest
class SagaConsumersTest {

  private static final Money TOTAL = Money.ofMinor(1810, "EUR");

  @Inject AgroalDataSource dataSource;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  private ShopDatabase database;
  private SagaEvents events;
  private final EventCodec codec = new EventCodec();

  @BeforeEach
  void setUp() throws Exception {
    database = new ShopDatabase(dataSource);
    database.product("SAGA-MUG", 1220, 2200, true);
    events = new SagaEvents(bootstrapServers);
  }

  @AfterEach
  void tearDown() {
    events.close();
  }

  @Test
  void happyPathOutOfOrderAndTwiceEndsShippedWithEachEventEmittedOnce() throws Exception {
    Order order = place();
    EventEnvelope<PaymentCaptured> captured =
        order.event(new PaymentCaptured(UUID.randomUUID(), TOTAL));
    EventEnvelope<LabelCreated> label = order.event(label());
    EventEnvelope<StockReserved> reserved = order.event(reserved());
    EventEnvelope<PaymentAuthorized> authorized = order.event(authorized());

    for (EventEnvelope<?> event : List.of(captured, label, captured, reserved, authorized, label)) {
      events.send(event);
    }

    awaitStatus(order.id, "SHIPPED");
    awaitOnTimeline(order.id, captured, label, reserved, authorized);
    assertThat(timelineIds(order.id)).containsOnlyOnce(ids(captured, label, reserved, authorized));
    assertThat(database.outbox(order.id, "OrderConfirmed")).hasSize(1);
    List<String> shipped = database.outbox(order.id, "OrderShipped");
    assertThat(shipped).hasSize(1);
    OrderShipped payload = codec.decode(shipped.get(0), OrderShipped.class).payload();
    assertThat(payload.trackingCode()).isEqualTo("BRT0001");
    assertThat(payload.grandTotal()).isEqualTo(TOTAL);
  }

  @Test
  void authorizationConfirmsAndReservationMovesToFulfilment() throws Exception {
    Order order = place();

    events.send(order.event(authorized()));
    awaitStatus(order.id, "CONFIRMED");
    events.send(order.event(reserved()));
    awaitStatus(order.id, "IN_FULFILMENT");

    assertThat(database.outbox(order.id, "OrderConfirmed")).hasSize(1);
  }

  @Test
  void declinedPaymentCancelsWithTheDeclineCode() throws Exception {
    Order order = place();
    PaymentDeclined declined =
        new PaymentDeclined(UUID.randomUUID(), "stripe", TOTAL, "insufficient_funds", "Declined");

    events.send(order.event(declined));

    awaitStatus(order.id, "CANCELLED");
    OrderCancelled cancelled = cancelledEvent(order.id);
    assertThat(cancelled.reason()).isEqualTo(CancellationReason.PAYMENT_DECLINED);
    assertThat(cancelled.detail()).isEqualTo("insufficient_funds");
    assertThat(cancelled.customerCharged()).isFalse();
  }

  @Test
  void stockUnavailableCancelsAndALateAuthorizationDoesNotConfirm() throws Exception {
    Order order = place();
    StockUnavailable unavailable = new StockUnavailable(List.of(new Shortage("SAGA-MUG", 1, 0)));

    events.send(order.event(unavailable));
    awaitStatus(order.id, "CANCELLED");
    EventEnvelope<PaymentAuthorized> late = order.event(authorized());
    events.send(late);
    events.send(order.event(new PaymentVoided(UUID.randomUUID(), TOTAL)));

    awaitOnTimeline(order.id, late);
    assertThat(database.status(order.id)).isEqualTo("CANCELLED");
    assertThat(database.outbox(order.id, "OrderConfirmed"))
        .noneMatch(row -> row.contains(late.eventId().toString()));
    assertThat(cancelledEvent(order.id).reason()).isEqualTo(CancellationReason.OUT_OF_STOCK);
  }

  @Test
  void timelineOnlyEventsAreRecordedWithTheirOrigin() throws Exception {
    Order order = place();
    EventEnvelope<NotificationSent> sent =
        order.event(
            new NotificationSent(
                UUID.randomUUID(), NotificationKind.ORDER_RECEIVED, Channel.EMAIL));

    events.send(sent);

    awaitOnTimeline(order.id, sent);
    given()
        .get("/orders/{id}/timeline", order.id)
        .then()
        .body("find { it.eventId == '" + sent.eventId() + "' }.type", equalTo("NotificationSent"))
        .body(
            "find { it.eventId == '" + sent.eventId() + "' }.origin",
            equalTo("notification-service"));
  }

  @Test
  void aLabelToACorrectedAddressMakesItTheOrdersShippingAddress() throws Exception {
    Order order = place();
    Address corrected =
        new Address(
            "Ada Bianchi", List.of("Corso Italia 8", "Scala B"), "10121", "Torino", "TO", "IT");
    LabelCreated base = label();
    EventEnvelope<LabelCreated> label =
        order.event(
            new LabelCreated(
                base.shipmentId(),
                base.carrier(),
                base.trackingCode(),
                base.trackingUrl(),
                base.serviceLevel(),
                base.weightGrams(),
                corrected));

    events.send(label);

    awaitOnTimeline(order.id, label);
    given()
        .get("/orders/{id}", order.id)
        .then()
        .body("shippingAddress.name", equalTo("Ada Bianchi"))
        .body("shippingAddress.lines", equalTo(List.of("Corso Italia 8", "Scala B")))
        .body("shippingAddress.city", equalTo("Torino"))
        .body("shipment.trackingCode", equalTo("BRT0001"));
    given()
        .get("/orders/{id}/timeline", order.id)
        .then()
        .body(
            "find { it.eventId == '" + label.eventId() + "' }.summary",
            endsWith("to the address an operator corrected"));
  }

  @Test
  void productChangedFeedsTheCatalogueThatPricesNewOrders() throws Exception {
    String sku = "SAGA-NEW-" + UUID.randomUUID();
    ProductChanged product =
        new ProductChanged(
            sku,
            "Teapot",
            Money.ofMinor(3300, "EUR"),
            2200,
            900,
            true,
            new ShipsFrom(ShipsFrom.Kind.WAREHOUSE, null));

    events.send(EventEnvelope.ofProduct(product, Clock.systemUTC()));

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> database.count("SELECT count(*) FROM catalogue_product WHERE sku = ?", sku) == 1);
    given()
        .contentType("application/json")
        .body(OrderJson.valid("teapot@example.com", sku).toString())
        .post("/orders")
        .then()
        .statusCode(202);
  }

  @Test
  void unreadableRecordIsParkedOnTheDeadLetterTopicAndTheChannelGoesOn() throws Exception {
    Order order = place();
    String unreadable = "{\"not\": \"an envelope\"}";

    try (TopicReader deadLetters = new TopicReader(bootstrapServers, "order-service.dlq")) {
      events.send("PaymentAuthorized", order.id.toString(), unreadable);
      events.send(order.event(authorized()));

      assertThat(deadLetters.awaitKey(order.id.toString()).value()).isEqualTo(unreadable);
    }
    awaitStatus(order.id, "CONFIRMED");
  }

  private Order place() throws Exception {
    String id =
        given()
            .contentType("application/json")
            .body(OrderJson.valid(OrderJson.uniqueEmail("saga"), "SAGA-MUG").toString())
            .post("/orders")
            .then()
            .statusCode(202)
            .extract()
            .path("orderId");
    UUID orderId = UUID.fromString(id);
    return new Order(orderId, database.placedEventId(orderId));
  }

  private void awaitStatus(UUID orderId, String status) {
    await().atMost(Duration.ofSeconds(30)).until(() -> status.equals(database.status(orderId)));
  }

  private OrderCancelled cancelledEvent(UUID orderId) throws Exception {
    List<String> rows = database.outbox(orderId, "OrderCancelled");
    assertThat(rows).hasSize(1);
    return codec.decode(rows.get(0), OrderCancelled.class).payload();
  }

  /**
   * Waits until the events are on the order's timeline. Other services on a shared stack may react
   * to the test's orders too, so tests look for their own events by id rather than count entries.
   */
  private static void awaitOnTimeline(UUID orderId, EventEnvelope<?>... sent) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> timelineIds(orderId).containsAll(List.of(ids(sent))));
  }

  private static List<String> timelineIds(UUID orderId) {
    return given()
        .get("/orders/{id}/timeline", orderId)
        .then()
        .extract()
        .jsonPath()
        .getList("eventId");
  }

  private static String[] ids(EventEnvelope<?>... events) {
    return Arrays.stream(events).map(event -> event.eventId().toString()).toArray(String[]::new);
  }

  private static PaymentAuthorized authorized() {
    return new PaymentAuthorized(
        UUID.randomUUID(), "stripe", TOTAL, Instant.now().plusSeconds(86_400));
  }

  private static StockReserved reserved() {
    ShipsFrom warehouse = new ShipsFrom(ShipsFrom.Kind.WAREHOUSE, null);
    return new StockReserved(List.of(new ReservedLine("SAGA-MUG", 1, warehouse)));
  }

  private static LabelCreated label() {
    return new LabelCreated(
        UUID.randomUUID(),
        "brt",
        "BRT0001",
        "https://track.example/BRT0001",
        "standard",
        250,
        null);
  }

  private record Order(UUID id, UUID placedEventId) {
    <P extends io.shoporders.contracts.EventPayload> EventEnvelope<P> event(P payload) {
      return SagaEvents.about(id, placedEventId, payload);
    }
  }
}
