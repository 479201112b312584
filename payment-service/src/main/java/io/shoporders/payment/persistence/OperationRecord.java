package io.shoporders.payment.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.shoporders.payment.domain.Operation;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One step in a payment's history: an operation asked for, and each gateway answer. */
@Entity
@Table(name = "payment_operation")
public class OperationRecord extends PanacheEntityBase {

  /** What happened at this step. */
  public enum Outcome {
    REQUESTED,
    APPROVED,
    DECLINED
  }

  @Id public UUID id;

  @Column(name = "payment_id")
  public UUID paymentId;

  @Enumerated(EnumType.STRING)
  public Operation operation;

  @Enumerated(EnumType.STRING)
  public Outcome outcome;

  @Column(name = "amount_minor")
  public long amountMinor;

  public String currency;

  /** The decline code, or null. */
  public String code;

  /** The gateway's or the fraud rules' explanation, for operators. */
  public String message;

  @Column(name = "occurred_at")
  public Instant occurredAt;

  /** The history of a payment, oldest first. */
  public static Uni<List<OperationRecord>> history(UUID paymentId) {
    return list("paymentId = ?1 order by occurredAt, id", paymentId);
  }
}
