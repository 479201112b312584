package io.shoporders.stack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class SagaLogTest {

  private final SagaLog log = new SagaLog();
  private final UUID order = UUID.randomUUID();

  @Test
  void aRedeliveredEventCountsOnceAndKeepsTheFirstTime() {
    UUID placed = UUID.randomUUID();

    log.record(placed, order, Milestone.PLACED, 1_000);
    log.record(placed, order, Milestone.PLACED, 1_000);
    log.record(UUID.randomUUID(), order, null, 2_000);

    assertThat(log.events(order)).isEqualTo(2);
    assertThat(log.reached(order, Milestone.PLACED)).isEqualTo(1_000);
  }

  @Test
  void anOrderIsFinishedOnceShippedOrCancelled() {
    log.record(UUID.randomUUID(), order, Milestone.LABEL, 5_000);
    assertThat(log.isFinished(order)).isFalse();

    log.record(UUID.randomUUID(), order, Milestone.SHIPPED, 6_000);

    assertThat(log.isFinished(order)).isTrue();
  }
}
