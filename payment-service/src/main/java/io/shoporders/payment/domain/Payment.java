package io.shoporders.payment.domain;

import io.shoporders.contracts.money.Money;
import java.util.Optional;

/**
 * The state machine of one order's payment, free of framework types. It records facts (the order
 * was cancelled, the label exists, the stock ran out) and says which gateway operation they call
 * for; at most one operation is in flight at a time, and only its outcome moves the status.
 *
 * <p>The rules: one authorization per order; a capture only from AUTHORIZED, so at most once and
 * never after a void; a capture never above the authorized amount; a capture that crossed a
 * cancellation is refunded in full.
 */
public final class Payment {

  private PaymentStatus status;
  private Operation pending;
  private final Money authorized;
  private Money captured;
  private boolean cancelled;
  private boolean labelCreated;
  private boolean stockUnavailable;

  private Payment(PaymentStatus status, Operation pending, Money authorized) {
    this.status = status;
    this.pending = pending;
    this.authorized = authorized;
  }

  /** A payment whose authorization is about to be asked for. */
  public static Payment authorizing(Money amount) {
    return new Payment(PaymentStatus.AUTHORIZING, Operation.AUTHORIZE, amount);
  }

  /** A payment refused before any gateway was asked, by the fraud rules. */
  public static Payment declined(Money amount) {
    return new Payment(PaymentStatus.DECLINED, null, amount);
  }

  /** The payment as stored, with the facts recorded for its order. */
  public static Payment restore(Snapshot snapshot) {
    Payment payment = new Payment(snapshot.status(), snapshot.pending(), snapshot.authorized());
    payment.captured = snapshot.captured();
    payment.cancelled = snapshot.cancelled();
    payment.labelCreated = snapshot.labelCreated();
    payment.stockUnavailable = snapshot.stockUnavailable();
    return payment;
  }

  /** The order was cancelled: void what is held, refund what was taken, never capture again. */
  public void recordCancellation() {
    cancelled = true;
  }

  /** The label exists: the goods can ship, so the held amount may be taken. */
  public void recordLabelCreated() {
    labelCreated = true;
  }

  /** The stock ran out: nothing will ship, so the hold is released. */
  public void recordStockUnavailable() {
    stockUnavailable = true;
  }

  /**
   * The gateway operation the recorded facts call for now, marked as in flight; empty when nothing
   * is due or an operation is already in flight (its outcome decides what follows).
   */
  public Optional<Operation> startNext() {
    if (pending != null) {
      return Optional.empty();
    }
    pending = due();
    return Optional.ofNullable(pending);
  }

  private Operation due() {
    return switch (status) {
      case AUTHORIZED -> fromHold();
      case CAPTURE_FAILED -> cancelled ? Operation.VOID : null;
      case CAPTURED -> cancelled ? Operation.REFUND : null;
      default -> null;
    };
  }

  private Operation fromHold() {
    if (cancelled || stockUnavailable) {
      return Operation.VOID;
    }
    return labelCreated ? Operation.CAPTURE : null;
  }

  /** The gateway holds the amount. */
  public void authorized() {
    complete(Operation.AUTHORIZE, PaymentStatus.AUTHORIZED);
  }

  /** The gateway refused the authorization. */
  public void declined() {
    complete(Operation.AUTHORIZE, PaymentStatus.DECLINED);
  }

  /** The gateway took {@code amount}, which may never exceed what it held. */
  public void captured(Money amount) {
    if (!amount.sameCurrencyAs(authorized) || amount.amountMinor() > authorized.amountMinor()) {
      throw new IllegalTransitionException(
          "capture of " + amount + " exceeds the authorization of " + authorized);
    }
    complete(Operation.CAPTURE, PaymentStatus.CAPTURED);
    captured = amount;
  }

  /** The gateway refused the capture for good. */
  public void captureFailed() {
    complete(Operation.CAPTURE, PaymentStatus.CAPTURE_FAILED);
  }

  /** The gateway released the hold. */
  public void voided() {
    complete(Operation.VOID, PaymentStatus.VOIDED);
  }

  /** The gateway paid the captured amount back. */
  public void refunded() {
    complete(Operation.REFUND, PaymentStatus.REFUNDED);
  }

  /** The gateway refused the refund; nothing more is tried automatically. */
  public void refundFailed() {
    complete(Operation.REFUND, PaymentStatus.REFUND_FAILED);
  }

  /** Where the payment stands. */
  public PaymentStatus status() {
    return status;
  }

  private void complete(Operation operation, PaymentStatus next) {
    if (pending != operation) {
      throw new IllegalTransitionException(
          "outcome of "
              + operation
              + " while "
              + (pending == null ? "nothing" : pending)
              + " is in flight, status "
              + status);
    }
    status = next;
    pending = null;
  }

  /** Whether the order was seen cancelled: an authorization then is voided, never announced. */
  public boolean cancelled() {
    return cancelled;
  }

  /** The amount a capture takes and a void releases: all that was authorized. */
  public Money authorizedAmount() {
    return authorized;
  }

  /** What a refund pays back: all that was captured. */
  public Money capturedAmount() {
    return captured;
  }

  /** The state to store. */
  public Snapshot snapshot() {
    return new Snapshot(
        status, pending, authorized, captured, cancelled, labelCreated, stockUnavailable);
  }

  /** A payment's stored state and the facts recorded for its order. */
  public record Snapshot(
      PaymentStatus status,
      Operation pending,
      Money authorized,
      Money captured,
      boolean cancelled,
      boolean labelCreated,
      boolean stockUnavailable) {}
}
