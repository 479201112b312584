package io.shoporders.inventory.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.UUID;

/**
 * The order's own row, created on first sight and locked for the rest of the transaction. Events of
 * one order arrive on different topics and may be handled at the same moment by different
 * consumers; locking the order first makes them take turns, and an insert that ignores a conflict
 * keeps two first sightings from failing each other.
 */
@ApplicationScoped
public class OrderRecords {

  private static final String CREATE =
      "INSERT INTO order_record (order_id, updated_at) VALUES (?1, ?2) ON CONFLICT DO NOTHING";

  public Uni<OrderRecordEntity> locked(UUID orderId, Instant now) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(CREATE)
                    .setParameter(1, orderId)
                    .setParameter(2, now)
                    .executeUpdate())
        .chain(() -> OrderRecordEntity.findById(orderId, LockModeType.PESSIMISTIC_WRITE))
        .map(OrderRecordEntity.class::cast);
  }
}
