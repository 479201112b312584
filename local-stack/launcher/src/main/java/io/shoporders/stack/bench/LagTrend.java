package io.shoporders.stack.bench;

import java.util.List;

/**
 * Whether a backlog grows: the least-squares slope of lag samples over time. A system that keeps up
 * shows lag that goes up and down around a level; one that does not shows a steady climb.
 */
final class LagTrend {

  /** One reading: seconds since the run began, and the total lag then. */
  record Sample(double seconds, long lag) {}

  private LagTrend() {}

  /** Records per second by which the backlog grew; 0 with fewer than two samples. */
  static double slope(List<Sample> samples) {
    int n = samples.size();
    if (n < 2) {
      return 0;
    }
    double meanT = samples.stream().mapToDouble(Sample::seconds).average().orElse(0);
    double meanL = samples.stream().mapToLong(Sample::lag).average().orElse(0);
    double covariance = 0;
    double variance = 0;
    for (Sample sample : samples) {
      covariance += (sample.seconds() - meanT) * (sample.lag() - meanL);
      variance += (sample.seconds() - meanT) * (sample.seconds() - meanT);
    }
    return variance == 0 ? 0 : covariance / variance;
  }

  /**
   * Flat when, at the slope measured, the backlog would grow by less than one second of arrivals'
   * events over the whole measured span: noise, not a system falling behind.
   */
  static boolean isFlat(double slope, double eventsPerSecond, double spanSeconds) {
    return slope * spanSeconds < Math.max(eventsPerSecond, 1);
  }
}
