package io.shoporders.stack.bench;

import java.util.Arrays;
import java.util.Collection;

/**
 * Nearest-rank percentiles of a set of durations in microseconds. Exact rather than bucketed: a
 * benchmark of minutes holds at most a few hundred thousand values, which sort in milliseconds.
 *
 * @param count how many values were recorded
 * @param p50 median, in milliseconds
 * @param p95 95th percentile, in milliseconds
 * @param p99 99th percentile, in milliseconds
 * @param max largest value, in milliseconds
 */
public record Percentiles(long count, double p50, double p95, double p99, double max) {

  static final Percentiles EMPTY =
      new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

  static Percentiles ofMicros(Collection<Long> micros) {
    if (micros.isEmpty()) {
      return EMPTY;
    }
    long[] sorted = micros.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    return new Percentiles(
        sorted.length,
        millis(rank(sorted, 50)),
        millis(rank(sorted, 95)),
        millis(rank(sorted, 99)),
        millis(sorted[sorted.length - 1]));
  }

  /** The smallest value at or below which at least {@code percent} of the values lie. */
  static long rank(long[] sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)];
  }

  private static double millis(long micros) {
    return micros / 1000.0;
  }
}
