package io.shoporders.stack.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * PostgreSQL on its own: how many transactions per second the server commits when each one is the
 * size of an order's intake (the order row, three lines, the outbox row with a JSON payload), with
 * the server's own durability settings. Our intake cannot commit faster than this.
 */
final class PostgresBaseline {

  /** As many connections as order-service's pool is likely to use on two cores. */
  static final int CONNECTIONS = 4;

  private static final String PAYLOAD = "{\"padding\":\"" + "x".repeat(1400) + "\"}";

  private final ScratchDatabase database;

  PostgresBaseline(ScratchDatabase database) {
    this.database = database;
  }

  /** Commits per second over the given time, all connections together. */
  double commitsPerSecond(Duration time) throws Exception {
    createTables();
    ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
    try {
      long deadline = System.nanoTime() + time.toNanos();
      List<Future<Long>> workers = new ArrayList<>();
      for (int i = 0; i < CONNECTIONS; i++) {
        workers.add(pool.submit(() -> commitUntil(deadline)));
      }
      long commits = 0;
      for (Future<Long> worker : workers) {
        commits += worker.get();
      }
      return commits / (time.toNanos() / 1e9);
    } finally {
      pool.shutdownNow();
    }
  }

  private void createTables() throws SQLException {
    try (Connection db = database.connect();
        Statement statement = db.createStatement()) {
      statement.execute(
          "CREATE TABLE bench_order (id uuid PRIMARY KEY, email text NOT NULL,"
              + " address text NOT NULL, total_minor bigint NOT NULL, status text NOT NULL,"
              + " created_at timestamptz NOT NULL DEFAULT now())");
      statement.execute(
          "CREATE TABLE bench_order_line (order_id uuid NOT NULL REFERENCES bench_order,"
              + " line int NOT NULL, sku text NOT NULL, quantity int NOT NULL,"
              + " PRIMARY KEY (order_id, line))");
      OutboxRows.createTable(statement);
    }
  }

  private long commitUntil(long deadline) throws SQLException {
    try (Connection db = database.connect()) {
      db.setAutoCommit(false);
      long commits = 0;
      while (System.nanoTime() < deadline) {
        writeOrder(db, UUID.randomUUID());
        db.commit();
        commits++;
      }
      return commits;
    }
  }

  private static void writeOrder(Connection db, UUID id) throws SQLException {
    try (PreparedStatement order =
        db.prepareStatement(
            "INSERT INTO bench_order (id, email, address, total_minor, status)"
                + " VALUES (?, 'bench@example.com', 'Via Roma 1, 20121 Milano MI, IT', 4990,"
                + " 'PLACED')")) {
      order.setObject(1, id);
      order.executeUpdate();
    }
    try (PreparedStatement line =
        db.prepareStatement("INSERT INTO bench_order_line VALUES (?, ?, 'BENCH-01', 2)")) {
      for (int i = 1; i <= 3; i++) {
        line.setObject(1, id);
        line.setInt(2, i);
        line.addBatch();
      }
      line.executeBatch();
    }
    OutboxRows.insert(db, id, PAYLOAD);
  }
}
