package io.shoporders.inventory.messaging;

import static io.shoporders.inventory.testing.SagaEvents.authorized;
import static io.shoporders.inventory.testing.SagaEvents.placed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.order.OrderPlaced;
import io.shoporders.inventory.testing.InventoryDatabase;
import io.shoporders.inventory.testing.SagaEvents;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Fifty paid orders race for the last ten units of one sku. The PaymentAuthorized channel runs two
 * consumers of the group in parallel (concurrency=2), and the orders spread over the topic's
 * partitions, so both reserve from the same stock row at the same time.
 */
@QuarkusTest
class OversellRaceTest {

  private static final int UNITS = 10;
  private static final int ORDERS = 50;

  @Inject AgroalDataSource dataSource;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Test
  void fiftyOrdersForTenUnitsReserveExactlyTenAndNeverOversell() {
    InventoryDatabase db = new InventoryDatabase(dataSource);
    String sku = InventoryDatabase.newSku("LAST-UNITS");
    db.stock(sku, UNITS, 0, null);
    List<EventEnvelope<OrderPlaced>> orders = new ArrayList<>();
    for (int i = 0; i < ORDERS; i++) {
      orders.add(placed(sku, 1));
    }

    try (SagaEvents events = new SagaEvents(bootstrapServers)) {
      orders.forEach(events::send);
      orders.forEach(placed -> events.send(authorized(placed)));
    }

    AtomicInteger lowestAvailable = new AtomicInteger(UNITS);
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              lowestAvailable.accumulateAndGet(db.level(sku).available(), Math::min);
              return outcomes(db, orders).size() == ORDERS;
            });
    List<String> outcomes = outcomes(db, orders);
    assertThat(outcomes.stream().filter("StockReserved"::equals)).hasSize(UNITS);
    assertThat(outcomes.stream().filter("StockUnavailable"::equals)).hasSize(ORDERS - UNITS);
    assertThat(db.level(sku).available()).isZero();
    assertThat(db.level(sku).reserved()).isEqualTo(UNITS);
    assertThat(lowestAvailable.get()).isNotNegative();
  }

  private static List<String> outcomes(
      InventoryDatabase db, List<EventEnvelope<OrderPlaced>> orders) {
    return db.emitted(orders.stream().map(EventEnvelope::orderId).toList());
  }
}
