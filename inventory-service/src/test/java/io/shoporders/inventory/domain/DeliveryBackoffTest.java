package io.shoporders.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeliveryBackoffTest {

  private final DeliveryBackoff backoff = new DeliveryBackoff(Duration.ofSeconds(2), 5);

  @Test
  void eachFailedAttemptDoublesTheWait() {
    assertThat(backoff.waitAfter(1)).isEqualTo(Duration.ofSeconds(2));
    assertThat(backoff.waitAfter(3)).isEqualTo(Duration.ofSeconds(8));
  }

  @Test
  void theWaitNeverExceedsAnHour() {
    assertThat(backoff.waitAfter(40)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void afterTheLastAttemptTheHandoffWaitsForAnOperator() {
    assertThat(backoff.exhausted(4)).isFalse();
    assertThat(backoff.exhausted(5)).isTrue();
  }
}
