package io.shoporders.notification.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.shoporders.contracts.notification.NotificationKind;
import io.shoporders.contracts.order.Channel;
import io.shoporders.notification.domain.NotificationStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One message about an order: what it says, to whom, and whether it went out. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "order_id")
  public UUID orderId;

  @Enumerated(EnumType.STRING)
  public NotificationKind kind;

  @Enumerated(EnumType.STRING)
  public Channel channel;

  @Enumerated(EnumType.STRING)
  public NotificationStatus status;

  public int attempts;

  public String reason;

  @Column(name = "cause_event_id")
  public UUID causeEventId;

  public String language;

  public String recipient;

  public String subject;

  @Column(name = "html_body")
  public String htmlBody;

  @Column(name = "text_body")
  public String textBody;

  @Column(name = "claimed_until")
  public Instant claimedUntil;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  /** Personal data stays out of logs. */
  @Override
  public String toString() {
    return "Notification[" + id + ", order " + orderId + ", " + kind + ", " + status + "]";
  }
}
