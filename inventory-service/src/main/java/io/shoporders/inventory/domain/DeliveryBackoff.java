package io.shoporders.inventory.domain;

import java.time.Duration;

/**
 * When a failed hand-off is tried again: the first wait, doubled after each failure, up to a
 * ceiling; after the last attempt it waits for an operator instead.
 */
public record DeliveryBackoff(Duration firstWait, int maxAttempts) {

  private static final Duration LONGEST_WAIT = Duration.ofHours(1);

  /** The wait after {@code attempts} failed attempts; call only while more attempts remain. */
  public Duration waitAfter(int attempts) {
    Duration wait = firstWait.multipliedBy(1L << Math.min(attempts - 1, 20));
    return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
  }

  /** Whether a hand-off that failed {@code attempts} times is given up until an operator acts. */
  public boolean exhausted(int attempts) {
    return attempts >= maxAttempts;
  }
}
