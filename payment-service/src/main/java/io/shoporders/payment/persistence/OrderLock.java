package io.shoporders.payment.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/**
 * Serialises the transactions of one order. Events of one order arrive on several topics, so two
 * consumers may handle them at once; a transaction-scoped advisory lock on the order id makes them
 * take turns even before the payment row exists, and is released at commit. Gateway calls happen
 * outside these transactions, so the lock is held for milliseconds.
 */
public final class OrderLock {

  /**
   * Run as a statement, not as a query: Hibernate keeps no reusable plan for a native query whose
   * result is a scalar, so every order's lock built one and pushed it into the plan cache (a fifth
   * of payment-service's CPU in a profile). PostgreSQL counts the one row the SELECT returns.
   */
  private static final String LOCK = "SELECT pg_advisory_xact_lock(?1)";

  private OrderLock() {}

  /** Waits for the order's other transactions; call it first inside the transaction. */
  public static Uni<Void> acquire(UUID orderId) {
    long key = orderId.getMostSignificantBits() ^ orderId.getLeastSignificantBits();
    return Panache.getSession()
        .chain(session -> session.createNativeQuery(LOCK).setParameter(1, key).executeUpdate())
        .replaceWithVoid();
  }
}
