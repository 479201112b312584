package io.shoporders.order.support;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Direct reads and writes of order-service's database, to arrange and check what tests do. */
public final class ShopDatabase {

  private final AgroalDataSource dataSource;

  public ShopDatabase(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Puts a product in the catalogue copy, as a ProductChanged would. */
  public void product(String sku, long priceMinor, int vatRate, boolean active)
      throws SQLException {
    update(
        "INSERT INTO catalogue_product (sku, name, unit_price_minor, currency,"
            + " vat_rate_basis_points, weight_grams, active, ships_from, changed_at)"
            + " VALUES (?, ?, ?, 'EUR', ?, 250, ?, 'WAREHOUSE', now())"
            + " ON CONFLICT (sku) DO UPDATE SET unit_price_minor = EXCLUDED.unit_price_minor,"
            + " vat_rate_basis_points = EXCLUDED.vat_rate_basis_points, active = EXCLUDED.active",
        sku,
        sku + " product",
        priceMinor,
        vatRate,
        active);
  }

  public long ordersOf(String email) throws SQLException {
    return count("SELECT count(*) FROM orders WHERE customer_email = ?", email);
  }

  public long outboxRowsMentioning(String text) throws SQLException {
    return count("SELECT count(*) FROM outbox_event WHERE payload LIKE ?", "%" + text + "%");
  }

  public String status(UUID orderId) throws SQLException {
    return text("SELECT status FROM orders WHERE id = ?", orderId);
  }

  public UUID placedEventId(UUID orderId) throws SQLException {
    return UUID.fromString(
        text("SELECT CAST(placed_event_id AS varchar) FROM orders WHERE id = ?", orderId));
  }

  /** The payloads of the outbox rows of the order with the given type, oldest first. */
  public List<String> outbox(UUID orderId, String type) throws SQLException {
    String sql =
        "SELECT payload FROM outbox_event WHERE aggregate_id = ? AND type = ? ORDER BY created_at";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = prepared(connection, sql, orderId.toString(), type);
        ResultSet rows = query.executeQuery()) {
      List<String> payloads = new ArrayList<>();
      while (rows.next()) {
        payloads.add(rows.getString(1));
      }
      return payloads;
    }
  }

  public void update(String sql, Object... parameters) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepared(connection, sql, parameters)) {
      statement.executeUpdate();
    }
  }

  public long count(String sql, Object... parameters) throws SQLException {
    return Long.parseLong(text(sql, parameters));
  }

  private String text(String sql, Object... parameters) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = prepared(connection, sql, parameters);
        ResultSet rows = query.executeQuery()) {
      return rows.next() ? rows.getString(1) : null;
    }
  }

  private static PreparedStatement prepared(Connection connection, String sql, Object... values)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < values.length; i++) {
      statement.setObject(i + 1, values[i]);
    }
    return statement;
  }
}
