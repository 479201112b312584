package io.shoporders.inventory.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * What inventory has recorded about an order. Reserving needs two facts, the lines (OrderPlaced)
 * and the authorization (PaymentAuthorized), which may arrive in either order.
 */
@Entity
@Table(name = "order_record")
public class OrderRecordEntity extends PanacheEntityBase {

  @Id
  @Column(name = "order_id")
  public UUID orderId;

  @Column(name = "placed_event_id")
  public UUID placedEventId;

  @Column(name = "authorization_event_id")
  public UUID authorizationEventId;

  public boolean cancelled;

  @Column(name = "updated_at")
  public Instant updatedAt;

  public static OrderRecordEntity blank(UUID orderId) {
    OrderRecordEntity order = new OrderRecordEntity();
    order.orderId = orderId;
    return order;
  }

  /** Both facts are recorded and nothing undid the order: it may be reserved. */
  public boolean readyToReserve() {
    return placedEventId != null && authorizationEventId != null && !cancelled;
  }
}
