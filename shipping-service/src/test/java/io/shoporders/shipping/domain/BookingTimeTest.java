package io.shoporders.shipping.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BookingTimeTest {

  @Test
  void theDefaultsLetABookingTakeJustOverFiftySeconds() {
    // 4 x 10 s waiting for answers, pauses of 1, 2 and 4 s each up to half as long again
    assertThat(longest(4, 10_000, 1_000, 15_000)).isEqualTo(Duration.ofMillis(50_500));
  }

  @Test
  void pausesNeverExceedTheLongestBackOff() {
    // 5 x 1 s, then pauses of 8 s (up to 12 s, capped at 10 s) and 10 s three times
    assertThat(longest(5, 1_000, 8_000, 10_000)).isEqualTo(Duration.ofSeconds(45));
  }

  @Test
  void aSingleAttemptHasNoPause() {
    assertThat(longest(1, 10_000, 1_000, 15_000)).isEqualTo(Duration.ofSeconds(10));
  }

  private static Duration longest(int attempts, long timeout, long firstBackOff, long maxBackOff) {
    return BookingTime.longest(
        attempts,
        Duration.ofMillis(timeout),
        Duration.ofMillis(firstBackOff),
        Duration.ofMillis(maxBackOff));
  }
}
