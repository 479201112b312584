package io.shoporders.shipping.domain;

import java.time.Duration;

/**
 * How long one booking can take at most: every attempt waits its full time limit, and every pause
 * between two attempts is as long as the back-off allows. A booking whose intent is older than this
 * was cut off by a stop, not slow.
 */
public final class BookingTime {

  /** The back-off pauses vary by up to half their length (Mutiny's default jitter). */
  private static final double JITTER = 1.5;

  private BookingTime() {}

  /** The longest booking with these settings of the carrier calls. */
  public static Duration longest(
      int attempts, Duration timeout, Duration firstBackOff, Duration maxBackOff) {
    Duration total = timeout.multipliedBy(attempts);
    Duration pause = firstBackOff;
    for (int gap = 1; gap < attempts; gap++) {
      total = total.plus(min(scaled(pause), maxBackOff));
      pause = min(pause.multipliedBy(2), maxBackOff);
    }
    return total;
  }

  private static Duration scaled(Duration pause) {
    return Duration.ofNanos((long) (pause.toNanos() * JITTER));
  }

  private static Duration min(Duration one, Duration other) {
    return one.compareTo(other) <= 0 ? one : other;
  }
}
