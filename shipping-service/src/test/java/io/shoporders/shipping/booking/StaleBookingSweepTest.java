package io.shoporders.shipping.booking;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.EventType;
import io.shoporders.contracts.shipping.LabelCreated;
import io.shoporders.contracts.shipping.LabelVoided;
import io.shoporders.shipping.testing.EventBus;
import io.shoporders.shipping.testing.OrderEvents;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Shipments a stop left between the booking's intent and its outcome: arranged by recording the
 * order, then writing the intent straight into the table, as the reservation's transaction would,
 * with no carrier call after it. The sweep runs every second in tests.
 */
@QuarkusTest
class StaleBookingSweepTest {

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
  void aBookingCutOffLongAgoIsBookedWithoutAnOperator() {
    placedOrder();

    leftBooking("10 minutes", false);

    LabelCreated created = bus.awaitEmitted(order.orderId, LabelCreated.class, FIRST_MESSAGE);
    assertThat(created.carrier()).isEqualTo("sandbox");
    shipment().body("status", equalTo("LABELLED")).body("attempts", equalTo(1));
  }

  @Test
  void aCancelledBookingCutOffLongAgoEndsWithItsLabelVoided() {
    placedOrder();

    leftBooking("10 minutes", true);

    bus.awaitEmitted(order.orderId, LabelVoided.class, FIRST_MESSAGE);
    assertThat(bus.emitted(order.orderId))
        .extracting(EventEnvelope::type)
        .containsExactly(EventType.LabelVoided);
    shipment().body("status", equalTo("VOIDED"));
  }

  @Test
  void aBookingStillWithinItsTimeIsLeftAlone() {
    placedOrder();

    leftBooking("0 seconds", false);

    await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(5))
        .until(() -> bus.emitted(order.orderId).isEmpty());
    shipment().body("status", equalTo("BOOKING")).body("attempts", equalTo(0));
  }

  private void placedOrder() {
    EventEnvelope<?> placed = order.placed();
    bus.publish(placed);
    await().atMost(FIRST_MESSAGE).until(() -> bus.handled(placed));
  }

  /** The state a stop leaves after the reservation's transaction recorded the booking's intent. */
  private void leftBooking(String since, boolean cancelled) {
    String sql =
        "UPDATE shipment SET status = 'BOOKING', reserved_event_id = ?, cancelled_event_id = ?,"
            + " updated_at = now() - CAST(? AS interval) WHERE order_id = ?";
    try (Connection connection = database.getConnection();
        PreparedStatement update = connection.prepareStatement(sql)) {
      update.setObject(1, UUID.randomUUID());
      update.setObject(2, cancelled ? UUID.randomUUID() : null);
      update.setString(3, since);
      update.setObject(4, order.orderId);
      assertThat(update.executeUpdate()).isEqualTo(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private ValidatableResponse shipment() {
    return given().get("/shipments/{orderId}", order.orderId).then().statusCode(200);
  }
}
