package io.shoporders.payment.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An order seen cancelled. Kept apart from the payment because the cancellation may arrive before
 * the order's OrderPlaced: then no payment is ever authorized for it.
 */
@Entity
@Table(name = "order_cancellation")
public class CancellationRecord extends PanacheEntityBase {

  @Id
  @Column(name = "order_id")
  public UUID orderId;

  @Column(name = "event_id")
  public UUID eventId;

  @Column(name = "cancelled_at")
  public Instant cancelledAt;

  /** Whether the order was seen cancelled. */
  public static Uni<Boolean> exists(UUID orderId) {
    return count("orderId", orderId).map(count -> count > 0);
  }
}
