package io.shoporders.stack.bench;

import java.time.Duration;

/**
 * When each request of an open-model load is due: evenly spaced at a fixed rate from a start
 * instant, whatever the system answers. A sender that falls behind sends at once, and latency is
 * measured from the due time, so a stalled system is not hidden by a stalled sender.
 *
 * @param rate arrivals per second
 * @param warmup the leading part whose requests are sent but not measured
 * @param measured the part that is measured, after the warmup
 */
record ArrivalSchedule(double rate, Duration warmup, Duration measured) {

  ArrivalSchedule {
    if (!(rate > 0)) {
      throw new IllegalArgumentException("--rate must be above 0");
    }
  }

  /** How many requests the whole schedule sends. */
  long count() {
    return arrivalsWithin(warmup.plus(measured));
  }

  /** Nanoseconds after the start at which request {@code index} (from 0) is due. */
  long dueNanos(long index) {
    return Math.round(index * 1_000_000_000.0 / rate);
  }

  /** Whether request {@code index} falls in the warmup and is left out of the figures. */
  boolean inWarmup(long index) {
    return index < arrivalsWithin(warmup);
  }

  private long arrivalsWithin(Duration span) {
    return (long) Math.floor(span.toNanos() / 1_000_000_000.0 * rate);
  }
}
