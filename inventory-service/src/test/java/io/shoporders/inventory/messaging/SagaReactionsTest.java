package io.shoporders.inventory.messaging;

import static io.shoporders.inventory.testing.SagaEvents.authorized;
import static io.shoporders.inventory.testing.SagaEvents.cancelled;
import static io.shoporders.inventory.testing.SagaEvents.captured;
import static io.shoporders.inventory.testing.SagaEvents.placed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.shoporders.contracts.EventCodec;
import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.inventory.ReservedLine;
import io.shoporders.contracts.inventory.ShipsFrom;
import io.shoporders.contracts.inventory.Shortage;
import io.shoporders.contracts.inventory.StockLine;
import io.shoporders.contracts.inventory.StockReleased;
import io.shoporders.contracts.inventory.StockReserved;
import io.shoporders.contracts.inventory.StockUnavailable;
import io.shoporders.contracts.order.OrderPlaced;
import io.shoporders.contracts.payment.PaymentAuthorized;
import io.shoporders.inventory.testing.InventoryDatabase;
import io.shoporders.inventory.testing.InventoryDatabase.Level;
import io.shoporders.inventory.testing.SagaEvents;
import io.shoporders.inventory.testing.TopicReader;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** inventory-service's saga reactions, end to end through the real topics and database. */
@QuarkusTest
class SagaReactionsTest {

  private static final EventCodec CODEC = new EventCodec();

  @Inject AgroalDataSource dataSource;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  private InventoryDatabase db;
  private SagaEvents events;

  @BeforeEach
  void connect() {
    db = new InventoryDatabase(dataSource);
    events = new SagaEvents(bootstrapServers);
  }

  @AfterEach
  void disconnect() {
    events.close();
  }

  @Test
  void authorizedOrderReservesEveryLineAndSaysWhereEachShipsFrom() {
    String mug = InventoryDatabase.newSku("MUG");
    String beans = InventoryDatabase.newSku("BEANS");
    db.stock(mug, 5, 0, null);
    db.stock(beans, 3, 0, "Torrefazione Rossi");
    EventEnvelope<OrderPlaced> placed = placed(mug, 2, beans, 1);

    events.send(placed, authorized(placed));

    StockReserved reserved = awaitEvent(placed, "StockReserved", StockReserved.class);
    assertThat(reserved.lines())
        .containsExactly(
            new ReservedLine(mug, 2, ShipsFrom.warehouse()),
            new ReservedLine(beans, 1, ShipsFrom.dropship("Torrefazione Rossi")));
    assertThat(db.level(mug)).isEqualTo(new Level(5, 2, 0));
    assertThat(db.level(beans)).isEqualTo(new Level(3, 1, 0));
  }

  @Test
  void sameSkuOnTwoLinesIsCheckedAsTheSummedQuantity() {
    String mug = InventoryDatabase.newSku("MUG");
    db.stock(mug, 5, 0, null);
    EventEnvelope<OrderPlaced> placed = placed(mug, 3, mug, 3);

    events.send(placed, authorized(placed));

    StockUnavailable unavailable = awaitEvent(placed, "StockUnavailable", StockUnavailable.class);
    assertThat(unavailable.shortages()).containsExactly(new Shortage(mug, 6, 5));
    assertThat(db.level(mug)).isEqualTo(new Level(5, 0, 0));
  }

  @Test
  void oneShortLineReservesNothingAndNamesOnlyTheShortSku() {
    String plenty = InventoryDatabase.newSku("PLENTY");
    String scarce = InventoryDatabase.newSku("SCARCE");
    db.stock(plenty, 10, 0, null);
    db.stock(scarce, 4, 2, null);
    EventEnvelope<OrderPlaced> placed = placed(plenty, 1, scarce, 3);

    events.send(placed, authorized(placed));

    StockUnavailable unavailable = awaitEvent(placed, "StockUnavailable", StockUnavailable.class);
    assertThat(unavailable.shortages()).containsExactly(new Shortage(scarce, 3, 2));
    assertThat(db.level(plenty).reserved()).isZero();
    assertThat(db.reservationStatus(placed.orderId())).isEqualTo("REFUSED");
  }

  @Test
  void redeliveredAuthorizationReservesOnce() {
    String mug = InventoryDatabase.newSku("MUG");
    db.stock(mug, 5, 0, null);
    EventEnvelope<OrderPlaced> placed = placed(mug, 2);
    EventEnvelope<PaymentAuthorized> authorized = authorized(placed);

    EventEnvelope<PaymentAuthorized> later = authorized(placed);

    events.send(placed, authorized, authorized, later);

    awaitEvent(placed, "StockReserved", StockReserved.class);
    // Same key, same partition: once the later one is handled, so are both before it.
    awaitHandled(later.eventId());
    assertThat(db.emitted(placed.orderId())).containsExactly("StockReserved");
    assertThat(db.level(mug).reserved()).isEqualTo(2);
  }

  @Test
  void linesArrivingAfterTheAuthorizationAreReservedThen() {
    String mug = InventoryDatabase.newSku("MUG");
    db.stock(mug, 5, 0, null);
    EventEnvelope<OrderPlaced> placed = placed(mug, 4);
    EventEnvelope<PaymentAuthorized> authorized = authorized(placed);

    events.send(authorized);
    awaitHandled(authorized.eventId());
    events.send(placed);

    StockReserved reserved = awaitEvent(placed, "StockReserved", StockReserved.class);
    assertThat(reserved.lines()).extracting(ReservedLine::quantity).containsExactly(4);
  }

  @Test
  void cancellationReleasesTheReservationOnce() {
    String mug = InventoryDatabase.newSku("MUG");
    db.stock(mug, 5, 0, null);
    EventEnvelope<OrderPlaced> placed = reserved(mug, 3);

    var cancellation = cancelled(placed);
    var later = cancelled(placed);

    events.send(cancellation, cancellation, later);

    awaitHandled(later.eventId());
    StockReleased released = awaitEvent(placed, "StockReleased", StockReleased.class);
    assertThat(released.lines()).containsExactly(new StockLine(mug, 3));
    assertThat(db.level(mug)).isEqualTo(new Level(5, 0, 0));
    assertThat(db.emitted(placed.orderId())).containsExactly("StockReserved", "StockReleased");
  }

  @Test
  void captureTakesTheReservedUnitsOutOfStockForGood() {
    String mug = InventoryDatabase.newSku("MUG");
    db.stock(mug, 5, 0, null);
    EventEnvelope<OrderPlaced> placed = reserved(mug, 2);
    var capture = captured(placed);
    var later = captured(placed);

    events.send(capture, capture, later);

    awaitHandled(later.eventId());
    assertThat(db.reservationStatus(placed.orderId())).isEqualTo("CAPTURED");
    assertThat(db.level(mug)).isEqualTo(new Level(3, 0, 0));
  }

  @Test
  void cancellationAfterTheCapturePutsTheUnitsBackOnHand() {
    String mug = InventoryDatabase.newSku("MUG");
    db.stock(mug, 5, 0, null);
    EventEnvelope<OrderPlaced> placed = reserved(mug, 2);
    events.send(captured(placed));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "CAPTURED".equals(db.reservationStatus(placed.orderId())));

    events.send(cancelled(placed));

    StockReleased released = awaitEvent(placed, "StockReleased", StockReleased.class);
    assertThat(released.lines()).containsExactly(new StockLine(mug, 2));
    assertThat(db.level(mug)).isEqualTo(new Level(5, 0, 0));
  }

  @Test
  void cancelledOrderIsNeverReservedAndReleasesNothing() {
    String mug = InventoryDatabase.newSku("MUG");
    db.stock(mug, 5, 0, null);
    EventEnvelope<OrderPlaced> placed = placed(mug, 1);
    var cancellation = cancelled(placed);
    EventEnvelope<PaymentAuthorized> authorized = authorized(placed);

    events.send(placed, cancellation);
    awaitHandled(cancellation.eventId());
    events.send(authorized);
    awaitHandled(authorized.eventId());

    assertThat(db.emitted(placed.orderId())).isEmpty();
    assertThat(db.reservationStatus(placed.orderId())).isNull();
    assertThat(db.level(mug).reserved()).isZero();
  }

  @Test
  void stockReservedReachesItsTopicKeyedByTheOrderId() {
    String mug = InventoryDatabase.newSku("MUG");
    db.stock(mug, 5, 0, null);
    EventEnvelope<OrderPlaced> placed = placed(mug, 1);

    try (TopicReader topic = new TopicReader(bootstrapServers, "StockReserved")) {
      events.send(placed, authorized(placed));

      String value = topic.awaitValueWithKey(placed.orderId().toString());
      assertThat(CODEC.decode(value, StockReserved.class).causationId()).isNotNull();
    }
  }

  /** An order whose units are already reserved. */
  private EventEnvelope<OrderPlaced> reserved(String sku, int quantity) {
    EventEnvelope<OrderPlaced> placed = placed(sku, quantity);
    events.send(placed, authorized(placed));
    awaitEvent(placed, "StockReserved", StockReserved.class);
    return placed;
  }

  private <P extends io.shoporders.contracts.EventPayload> P awaitEvent(
      EventEnvelope<OrderPlaced> placed, String type, Class<P> payload) {
    String orderId = placed.orderId().toString();
    await().atMost(Duration.ofSeconds(30)).until(() -> !db.payloads(orderId, type).isEmpty());
    List<String> found = db.payloads(orderId, type);
    assertThat(found).hasSize(1);
    return CODEC.decode(found.get(0), payload).payload();
  }

  private void awaitHandled(UUID eventId) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                db.count("SELECT count(*) FROM processed_event WHERE event_id = ?", eventId) == 1);
  }
}
