package io.shoporders.order.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Idempotency keys of order requests. The key is claimed in the transaction that creates the order:
 * a second request with the same key waits on the primary key until the first commits, then finds
 * it; if the first rolls back, the second creates the order instead.
 */
@ApplicationScoped
class IdempotencyKeys {

  private static final String CLAIM =
      "INSERT INTO idempotency_key (key, request_hash, order_id, created_at)"
          + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING";
  private static final String FIND =
      "SELECT CAST(order_id AS varchar), request_hash FROM idempotency_key WHERE key = ?1";

  /** Who holds a key: the order it created and the hash of the request that created it. */
  record Claim(UUID orderId, String requestHash) {}

  /** Claims the key for {@code orderId}; returns the claim that holds it, this one or an older. */
  Uni<Claim> claim(String key, String requestHash, UUID orderId, Instant now) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(CLAIM)
                    .setParameter(1, key)
                    .setParameter(2, requestHash)
                    .setParameter(3, orderId)
                    .setParameter(4, now)
                    .executeUpdate())
        .chain(
            inserted ->
                inserted == 1
                    ? Uni.createFrom().item(new Claim(orderId, requestHash))
                    : holder(key));
  }

  private Uni<Claim> holder(String key) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(FIND, Object[].class)
                    .setParameter(1, key)
                    .getSingleResult())
        .map(row -> new Claim(UUID.fromString((String) row[0]), ((String) row[1]).trim()));
  }
}
