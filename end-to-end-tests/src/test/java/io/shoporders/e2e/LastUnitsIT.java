package io.shoporders.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** More customers than units, at the same moment: the units go to some, the rest get nothing. */
class LastUnitsIT {

  private static final int UNITS = 2;
  private static final int CUSTOMERS = 5;

  @Test
  void concurrentOrdersForTheLastUnitsShipExactlyAsManyAsThereAreUnits() throws Exception {
    // given
    String vase = Catalogue.product("Vaso Caltagirone", 7900, UNITS);
    List<OrderRequest> requests = new ArrayList<>();
    for (int i = 0; i < CUSTOMERS; i++) {
      requests.add(OrderRequest.byNewCustomer().line(vase, 1));
    }
    StockWatch watch = StockWatch.of(vase);

    // when
    List<UUID> orders = placeAtOnce(requests);

    // then
    Map<String, List<UUID>> byStatus =
        orders.stream().collect(Collectors.groupingBy(Saga::awaitFinalStatus));
    assertThat(byStatus.get("SHIPPED")).hasSize(UNITS);
    assertThat(byStatus.get("CANCELLED")).hasSize(CUSTOMERS - UNITS);
    for (UUID shipped : byStatus.get("SHIPPED")) {
      assertThat(PaymentApi.approved(shipped, "CAPTURE")).hasSize(1);
    }
    for (UUID cancelled : byStatus.get("CANCELLED")) {
      assertThat(OrderApi.get(cancelled).getString("cancellation.reason"))
          .isEqualTo("OUT_OF_STOCK");
      Saga.awaitThat(() -> PaymentApi.status(cancelled), "VOIDED");
      assertThat(PaymentApi.approved(cancelled, "CAPTURE")).isEmpty();
    }
    Saga.awaitThat(() -> InventoryApi.stock(vase), new InventoryApi.Stock(0, 0, 0));
    assertThat(watch.stop()).as("fewest units seen on hand and available").isNotNegative();
  }

  private static List<UUID> placeAtOnce(List<OrderRequest> requests) throws Exception {
    ExecutorService customers = Executors.newFixedThreadPool(requests.size());
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<UUID>> placed = new ArrayList<>();
      for (OrderRequest request : requests) {
        placed.add(
            customers.submit(
                () -> {
                  go.await();
                  return OrderApi.place(request);
                }));
      }
      go.countDown();
      List<UUID> orders = new ArrayList<>();
      for (Future<UUID> order : placed) {
        orders.add(order.get(30, TimeUnit.SECONDS));
      }
      return orders;
    } finally {
      customers.shutdownNow();
    }
  }

  /** Reads the sku's stock every 50 ms while the orders run, and keeps the lowest figure. */
  private static final class StockWatch {

    private final ScheduledExecutorService reader = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger lowest = new AtomicInteger(Integer.MAX_VALUE);
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    static StockWatch of(String sku) {
      StockWatch watch = new StockWatch();
      watch.reader.scheduleWithFixedDelay(
          () -> {
            try {
              InventoryApi.Stock stock = InventoryApi.stock(sku);
              watch.lowest.accumulateAndGet(Math.min(stock.onHand(), stock.available()), Math::min);
              watch.reads.incrementAndGet();
            } catch (RuntimeException e) {
              watch.failure.compareAndSet(null, e);
            }
          },
          0,
          50,
          TimeUnit.MILLISECONDS);
      return watch;
    }

    /** The lowest of on hand and available seen while watching. */
    int stop() throws InterruptedException {
      reader.shutdown();
      reader.awaitTermination(5, TimeUnit.SECONDS);
      if (failure.get() != null) {
        throw new AssertionError("the stock could not be read while watching", failure.get());
      }
      assertThat(reads.get()).as("stock readings while the orders ran").isGreaterThan(10);
      return lowest.get();
    }
  }
}
