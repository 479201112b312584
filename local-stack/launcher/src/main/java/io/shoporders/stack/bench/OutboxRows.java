package io.shoporders.stack.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/** Writes a row of the outbox table's shape, as the services do in their own transactions. */
final class OutboxRows {

  static final String TYPE = "BenchEvent";

  private OutboxRows() {}

  /** The outbox table of the services' shared first migration, without its index. */
  static void createTable(java.sql.Statement statement) throws SQLException {
    statement.execute(
        "CREATE TABLE IF NOT EXISTS outbox_event (id uuid PRIMARY KEY,"
            + " aggregate_type varchar(64) NOT NULL, aggregate_id varchar(64) NOT NULL,"
            + " type varchar(64) NOT NULL, payload text NOT NULL, traceparent varchar(55),"
            + " created_at timestamptz NOT NULL DEFAULT now())");
  }

  static void insert(Connection db, UUID aggregateId, String payload) throws SQLException {
    try (PreparedStatement outbox =
        db.prepareStatement(
            "INSERT INTO outbox_event (id, aggregate_type, aggregate_id, type,"
                + " payload) VALUES (?, 'order', ?, '"
                + TYPE
                + "', ?)")) {
      outbox.setObject(1, UUID.randomUUID());
      outbox.setString(2, aggregateId.toString());
      outbox.setString(3, payload);
      outbox.executeUpdate();
    }
  }
}
