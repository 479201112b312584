package io.shoporders.stack.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Reads the services' total consumer lag once a second while orders are being sent. */
final class LagSampler implements AutoCloseable {

  private final LagProbe probe;
  private final List<LagTrend.Sample> samples = new ArrayList<>();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> BenchHttp.daemon(runnable, "bench-lag"));
  private long startNanos;

  LagSampler(String bootstrap) {
    this.probe = new LagProbe(bootstrap);
  }

  void start() {
    startNanos = System.nanoTime();
    timer.scheduleAtFixedRate(this::sample, 0, 1, TimeUnit.SECONDS);
  }

  List<LagTrend.Sample> stop() throws InterruptedException {
    timer.shutdown();
    timer.awaitTermination(15, TimeUnit.SECONDS);
    synchronized (samples) {
      return List.copyOf(samples);
    }
  }

  private void sample() {
    try {
      long lag = probe.totalLag();
      double seconds = (System.nanoTime() - startNanos) / 1e9;
      synchronized (samples) {
        samples.add(new LagTrend.Sample(seconds, lag));
      }
    } catch (Exception missed) {
      // A reading the broker was too busy to answer leaves a gap, not a wrong figure.
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
    probe.close();
  }
}
