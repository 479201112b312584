package io.shoporders.inventory.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One delivery attempt of a hand-off: when, the response code if any, and the outcome. */
@Entity
@Table(name = "handoff_attempt")
public class HandoffAttemptEntity extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "handoff_id")
  public UUID handoffId;

  @Column(name = "attempted_at")
  public Instant attemptedAt;

  @Column(name = "status_code")
  public Integer statusCode;

  public String outcome;

  public static HandoffAttemptEntity of(UUID handoffId, Instant at, Integer code, String outcome) {
    HandoffAttemptEntity attempt = new HandoffAttemptEntity();
    attempt.handoffId = handoffId;
    attempt.attemptedAt = at;
    attempt.statusCode = code;
    attempt.outcome = outcome.length() > 200 ? outcome.substring(0, 200) : outcome;
    return attempt;
  }
}
