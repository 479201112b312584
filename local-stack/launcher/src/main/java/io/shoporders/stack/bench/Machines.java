package io.shoporders.stack.bench;

import java.time.Instant;

/** Describes the machine a report was measured on. */
final class Machines {

  private Machines() {}

  static BenchReport.Machine current(Instant start) {
    return new BenchReport.Machine(
        Runtime.getRuntime().availableProcessors(),
        start.toString(),
        System.getProperty("java.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.version"));
  }
}
