package io.shoporders.payment.gateway.sandbox;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.shoporders.payment.domain.Operation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One call the sandbox answered, keyed by its idempotency key: the sandbox's own books, kept apart
 * from the payments so that it behaves like a remote gateway with a memory of its own.
 */
@Entity
@Table(name = "sandbox_ledger")
public class SandboxLedgerEntry extends PanacheEntityBase {

  @Id
  @Column(name = "idempotency_key")
  public String idempotencyKey;

  @Enumerated(EnumType.STRING)
  public Operation operation;

  /** The authorization the entry belongs to. */
  public String reference;

  @Column(name = "amount_minor")
  public long amountMinor;

  public String currency;

  public boolean approved;

  @Column(name = "decline_code")
  public String declineCode;

  public String message;

  @Column(name = "expires_at")
  public Instant expiresAt;

  @Column(name = "created_at")
  public Instant createdAt;
}
