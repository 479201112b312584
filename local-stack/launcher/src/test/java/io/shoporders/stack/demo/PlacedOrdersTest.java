package io.shoporders.stack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoporders.stack.demo.OrderPoster.Placed;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlacedOrdersTest {

  @TempDir Path folder;

  @Test
  void withoutAnEarlierRunThereIsNothingToWaitFor() throws Exception {
    PlacedOrders ledger = new PlacedOrders(folder.resolve("demo/placed-orders.txt"));

    assertThat(ledger.lastRun()).isEmpty();
  }

  @Test
  void ordersRecordedByARunAreReadByTheNextUntilItStarts() throws Exception {
    PlacedOrders ledger = new PlacedOrders(folder.resolve("demo/placed-orders.txt"));
    ledger.startRun();
    ledger.record("ab12cd34", new Placed("demo-1", "order-1"));
    ledger.record("ab12cd34", new Placed("demo-2", "order-2"));

    PlacedOrders next = new PlacedOrders(folder.resolve("demo/placed-orders.txt"));

    assertThat(next.lastRun())
        .containsExactly(new Placed("demo-1", "order-1"), new Placed("demo-2", "order-2"));
    next.startRun();
    assertThat(next.lastRun()).isEmpty();
  }
}
