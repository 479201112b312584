package io.shoporders.stack.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A database of the benchmark's own on the stack's PostgreSQL server, created for the baselines and
 * dropped afterwards, so the services' databases are never written to.
 */
final class ScratchDatabase implements AutoCloseable {

  private final StackTarget target;
  private final String name;

  private ScratchDatabase(StackTarget target, String name) {
    this.target = target;
    this.name = name;
  }

  static ScratchDatabase create(StackTarget target, String name) throws SQLException {
    try (Connection admin = connect(target, "postgres");
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name);
      statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
    }
    return new ScratchDatabase(target, name);
  }

  String name() {
    return name;
  }

  Connection connect() throws SQLException {
    return connect(target, name);
  }

  private static Connection connect(StackTarget target, String database) throws SQLException {
    return DriverManager.getConnection(
        target.postgres() + database, target.adminUser(), target.adminPassword());
  }

  /**
   * Drops the database and any replication slot left on it. A slot stays active for a moment after
   * its connector is deleted, and an active slot keeps the database, so this tries again for a
   * while.
   */
  @Override
  public void close() throws SQLException {
    SQLException last = null;
    for (int attempt = 0; attempt < 30; attempt++) {
      try {
        drop();
        return;
      } catch (SQLException inUse) {
        last = inUse;
        pause();
      }
    }
    throw last;
  }

  private void drop() throws SQLException {
    try (Connection admin = connect(target, "postgres");
        Statement statement = admin.createStatement()) {
      statement.execute(
          "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots"
              + " WHERE database = '"
              + name
              + "' AND NOT active");
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
