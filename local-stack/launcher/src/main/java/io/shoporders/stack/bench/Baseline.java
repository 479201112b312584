package io.shoporders.stack.bench;

import java.time.Duration;

/**
 * What the parts we build on can do without our code, measured in the same run.
 *
 * @param postgresCommitsPerSecond order-sized transactions with an outbox row, committed per second
 *     over {@link PostgresBaseline#CONNECTIONS} connections
 * @param relayEventsPerSecond outbox rows one Debezium connector carries to Kafka per second
 */
public record Baseline(double postgresCommitsPerSecond, double relayEventsPerSecond) {

  static Baseline measure(StackTarget target, BenchHttp http) throws Exception {
    String name = "bench_scratch_" + Long.toString(System.currentTimeMillis(), 36);
    try (ScratchDatabase database = ScratchDatabase.create(target, name)) {
      double commits = new PostgresBaseline(database).commitsPerSecond(Duration.ofSeconds(10));
      double relay = new RelayBaseline(target, database, http).eventsPerSecond();
      return new Baseline(commits, relay);
    }
  }
}
