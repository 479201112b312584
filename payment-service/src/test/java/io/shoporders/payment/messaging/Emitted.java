package io.shoporders.payment.messaging;

import io.agroal.api.AgroalDataSource;
import io.shoporders.contracts.EventCodec;
import io.shoporders.contracts.EventEnvelope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The events payment-service wrote to its outbox for one order, oldest first. */
final class Emitted {

  private static final String QUERY =
      "SELECT payload FROM outbox_event WHERE aggregate_id = ? ORDER BY created_at, id";

  private final AgroalDataSource dataSource;
  private final EventCodec codec = new EventCodec();

  Emitted(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  List<EventEnvelope<?>> forOrder(UUID orderId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(QUERY)) {
      query.setString(1, orderId.toString());
      List<EventEnvelope<?>> events = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          events.add(codec.decode(rows.getString(1)));
        }
      }
      return events;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  List<String> typesFor(UUID orderId) {
    return forOrder(orderId).stream().map(event -> event.type().name()).toList();
  }
}
