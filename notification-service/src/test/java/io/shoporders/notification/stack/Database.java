package io.shoporders.notification.stack;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What the service wrote, read over JDBC: its outbox, its inbox and its notifications. */
public final class Database {

  private final AgroalDataSource dataSource;

  public Database(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Records a message INTENDED, as a crash between intent and send leaves it; returns its id. */
  public UUID intended(UUID orderId, String kind, String recipient, String subject, Instant at)
      throws SQLException {
    UUID id = UUID.randomUUID();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO notification (id, order_id, kind, channel, status, cause_event_id,"
                    + " language, recipient, subject, html_body, text_body, created_at) VALUES"
                    + " (?, ?, ?, 'EMAIL', 'INTENDED', ?, 'en', ?, ?, '<p>Hi</p>', 'Hi', ?)")) {
      insert.setObject(1, id);
      insert.setObject(2, orderId);
      insert.setString(3, kind);
      insert.setObject(4, UUID.randomUUID());
      insert.setString(5, recipient);
      insert.setString(6, subject);
      insert.setTimestamp(7, Timestamp.from(at));
      insert.executeUpdate();
    }
    return id;
  }

  /** The envelopes of type {@code type} in the outbox for the order. */
  public List<String> emitted(String type, UUID orderId) {
    return strings(
        "SELECT payload FROM outbox_event WHERE type = ? AND aggregate_id = ? ORDER BY created_at",
        type,
        orderId.toString());
  }

  /** Whether this service has recorded the event as handled. */
  public boolean handled(UUID eventId) {
    return !strings(
            "SELECT event_id::text FROM processed_event WHERE consumer = ? AND event_id = ?::uuid",
            "notification-service",
            eventId.toString())
        .isEmpty();
  }

  /** Status of each message about the order, oldest first. */
  public List<String> statuses(UUID orderId) {
    return strings(
        "SELECT status FROM notification WHERE order_id = ?::uuid ORDER BY created_at",
        orderId.toString());
  }

  /** Kinds of the order's sent messages, in the order their outcome was recorded. */
  public List<String> sentKinds(UUID orderId) {
    return strings(
        "SELECT kind FROM notification WHERE order_id = ?::uuid AND status = 'SENT'"
            + " ORDER BY updated_at",
        orderId.toString());
  }

  private List<String> strings(String sql, String... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      List<String> values = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
      return values;
    } catch (SQLException failed) {
      throw new IllegalStateException(failed);
    }
  }
}
