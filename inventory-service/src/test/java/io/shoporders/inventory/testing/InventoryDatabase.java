package io.shoporders.inventory.testing;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads and seeds inventory's tables directly, for tests; every sku is the test's own. */
public final class InventoryDatabase {

  private final AgroalDataSource dataSource;

  public InventoryDatabase(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** A fresh sku nobody else's test uses. */
  public static String newSku(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  /** A warehouse product (or a dropship one when supplier is given) with units on hand. */
  public void stock(String sku, int onHand, int safetyStock, String supplier) {
    update(
        "INSERT INTO product (sku, name, unit_price_minor, currency, vat_rate_basis_points,"
            + " weight_grams, length_mm, width_mm, height_mm, active, ships_from, supplier,"
            + " updated_at) VALUES (?, 'Test product', 1000, 'EUR', 2200, 300, 10, 10, 10, true,"
            + " ?, ?, now())",
        sku,
        supplier == null ? "WAREHOUSE" : "DROPSHIP",
        supplier);
    update(
        "INSERT INTO stock (sku, on_hand, reserved, safety_stock, updated_at)"
            + " VALUES (?, ?, 0, ?, now())",
        sku,
        onHand,
        safetyStock);
  }

  /** On hand and reserved of a sku. */
  public Level level(String sku) {
    List<List<Object>> rows =
        query("SELECT on_hand, reserved, safety_stock FROM stock WHERE sku = ?", sku);
    List<Object> row = rows.get(0);
    return new Level((Integer) row.get(0), (Integer) row.get(1), (Integer) row.get(2));
  }

  /** Types of the events emitted for an order, oldest first. */
  public List<String> emitted(UUID orderId) {
    return query(
            "SELECT type FROM outbox_event WHERE aggregate_id = ? ORDER BY created_at, type",
            orderId.toString())
        .stream()
        .map(row -> (String) row.get(0))
        .toList();
  }

  /** Types of the events emitted for any of these orders. */
  public List<String> emitted(List<UUID> orderIds) {
    String marks = String.join(",", java.util.Collections.nCopies(orderIds.size(), "?"));
    Object[] ids = orderIds.stream().map(UUID::toString).toArray();
    return query("SELECT type FROM outbox_event WHERE aggregate_id IN (" + marks + ")", ids)
        .stream()
        .map(row -> (String) row.get(0))
        .toList();
  }

  /** The envelopes of one type emitted for an aggregate (order id or sku). */
  public List<String> payloads(String aggregateId, String type) {
    return query(
            "SELECT payload FROM outbox_event WHERE aggregate_id = ? AND type = ?"
                + " ORDER BY created_at",
            aggregateId,
            type)
        .stream()
        .map(row -> (String) row.get(0))
        .toList();
  }

  /** The status of the order's reservation, or null without one. */
  public String reservationStatus(UUID orderId) {
    List<List<Object>> rows = query("SELECT status FROM reservation WHERE order_id = ?", orderId);
    return rows.isEmpty() ? null : (String) rows.get(0).get(0);
  }

  public long count(String sql, Object... parameters) {
    return ((Number) query(sql, parameters).get(0).get(0)).longValue();
  }

  /** Units of one sku: on hand, reserved, safety stock. */
  public record Level(int onHand, int reserved, int safetyStock) {

    public int available() {
      return onHand - reserved - safetyStock;
    }
  }

  /** Runs one statement, e.g. to put a row in a state no event would reach quickly. */
  public void execute(String sql, Object... parameters) {
    update(sql, parameters);
  }

  private void update(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepared(connection, sql, parameters)) {
      statement.executeUpdate();
    } catch (SQLException failed) {
      throw new IllegalStateException(failed);
    }
  }

  private List<List<Object>> query(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepared(connection, sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      List<List<Object>> result = new ArrayList<>();
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(rows.getObject(i));
        }
        result.add(row);
      }
      return result;
    } catch (SQLException failed) {
      throw new IllegalStateException(failed);
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
