package io.shoporders.inventory.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.shoporders.inventory.domain.ReservationStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The one reservation of an order, whatever became of it. */
@Entity
@Table(name = "reservation")
public class ReservationEntity extends PanacheEntityBase {

  @Id
  @Column(name = "order_id")
  public UUID orderId;

  @Enumerated(EnumType.STRING)
  public ReservationStatus status;

  @Column(name = "cause_event_id")
  public UUID causeEventId;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "closed_at")
  public Instant closedAt;

  public static ReservationEntity of(
      UUID orderId, ReservationStatus status, UUID causeEventId, Instant now) {
    ReservationEntity reservation = new ReservationEntity();
    reservation.orderId = orderId;
    reservation.status = status;
    reservation.causeEventId = causeEventId;
    reservation.createdAt = now;
    reservation.closedAt = status == ReservationStatus.HELD ? null : now;
    return reservation;
  }

  public void close(ReservationStatus closing, Instant now) {
    status = closing;
    closedAt = now;
  }
}
