package io.shoporders.payment.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.shoporders.contracts.money.Money;
import io.shoporders.payment.domain.Operation;
import io.shoporders.payment.domain.Payment;
import io.shoporders.payment.domain.PaymentStatus;
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

/**
 * The stored payment of one order. It holds digests of the customer's e-mail and payment method for
 * the fraud rules, never the token or the address.
 */
@Entity
@Table(name = "payment")
public class PaymentRecord extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "order_id")
  public UUID orderId;

  public String gateway;

  @Enumerated(EnumType.STRING)
  public PaymentStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "pending_operation")
  public Operation pendingOperation;

  /** When the operation in flight was asked for: a sweep re-drives one left by a crash. */
  @Column(name = "pending_since")
  public Instant pendingSince;

  /** The event that asked for the operation in flight, the cause of the event it ends in. */
  @Column(name = "pending_cause")
  public UUID pendingCause;

  @Column(name = "amount_minor")
  public long amountMinor;

  public String currency;

  @Column(name = "captured_minor")
  public Long capturedMinor;

  @Column(name = "gateway_reference")
  public String gatewayReference;

  @Column(name = "expires_at")
  public Instant expiresAt;

  @Column(name = "decline_code")
  public String declineCode;

  @Column(name = "email_hash")
  public String emailHash;

  @Column(name = "card_fingerprint")
  public String cardFingerprint;

  @Column(name = "label_created")
  public boolean labelCreated;

  @Column(name = "stock_unavailable")
  public boolean stockUnavailable;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  /** The payment of an order, or null before its OrderPlaced was handled. */
  public static Uni<PaymentRecord> forOrder(UUID orderId) {
    return find("orderId", orderId).firstResult();
  }

  /**
   * Payments whose capture, void or refund has been in flight since before {@code before}. An
   * authorization is left out: its OrderPlaced record, not yet acknowledged, is redelivered.
   */
  public static Uni<List<PaymentRecord>> stuckSince(Instant before) {
    return list(
        "pendingOperation is not null and pendingOperation <> ?1 and pendingSince < ?2",
        Operation.AUTHORIZE,
        before);
  }

  /** Earlier payments by the same e-mail address since {@code since}. */
  public static Uni<Long> countByEmailSince(String emailHash, Instant since) {
    return count("emailHash = ?1 and createdAt >= ?2", emailHash, since);
  }

  /** Earlier payments with the same payment method since {@code since}. */
  public static Uni<Long> countByCardSince(String cardFingerprint, Instant since) {
    return count("cardFingerprint = ?1 and createdAt >= ?2", cardFingerprint, since);
  }

  /** The authorized amount. */
  public Money amount() {
    return Money.ofMinor(amountMinor, currency);
  }

  /** What the operation in flight moves: a refund pays back the capture, others the hold. */
  public Money pendingAmount() {
    if (pendingOperation == Operation.REFUND) {
      return Money.ofMinor(capturedMinor == null ? 0 : capturedMinor, currency);
    }
    return amount();
  }

  /** The domain's view, with whether the order was seen cancelled. */
  public Payment toDomain(boolean cancelled) {
    Money captured = capturedMinor == null ? null : Money.ofMinor(capturedMinor, currency);
    return Payment.restore(
        new Payment.Snapshot(
            status,
            pendingOperation,
            amount(),
            captured,
            cancelled,
            labelCreated,
            stockUnavailable));
  }

  /** Takes over the domain's state; the pending operation's start time moves with it. */
  public void apply(Payment payment, Instant now) {
    Payment.Snapshot state = payment.snapshot();
    if (state.pending() != pendingOperation) {
      pendingSince = state.pending() == null ? null : now;
    }
    status = state.status();
    pendingOperation = state.pending();
    capturedMinor = state.captured() == null ? null : state.captured().amountMinor();
    labelCreated = state.labelCreated();
    stockUnavailable = state.stockUnavailable();
    updatedAt = now;
  }
}
