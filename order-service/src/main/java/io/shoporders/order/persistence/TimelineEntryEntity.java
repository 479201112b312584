package io.shoporders.order.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.shoporders.contracts.EventEnvelope;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One saga event of an order, received or emitted, as an operator reads it. */
@Entity
@Table(name = "order_timeline")
public class TimelineEntryEntity extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public UUID orderId;
  public UUID eventId;
  public String eventType;
  public String origin;
  public Instant occurredAt;
  public Instant recordedAt;
  public String summary;

  static TimelineEntryEntity of(
      EventEnvelope<?> event, String origin, String summary, Instant now) {
    TimelineEntryEntity entry = new TimelineEntryEntity();
    entry.orderId = event.orderId();
    entry.eventId = event.eventId();
    entry.eventType = event.type().name();
    entry.origin = origin;
    entry.occurredAt = event.occurredAt();
    entry.recordedAt = now;
    entry.summary = summary.length() > 500 ? summary.substring(0, 500) : summary;
    return entry;
  }
}
