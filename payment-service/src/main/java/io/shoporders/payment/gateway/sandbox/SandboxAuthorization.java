package io.shoporders.payment.gateway.sandbox;

import io.shoporders.contracts.money.Money;
import io.shoporders.payment.domain.Operation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the sandbox's books say about one authorization, and how it answers a capture, void or
 * refund of it. Plain rules over the ledger's entries, the way a card network treats a hold.
 */
final class SandboxAuthorization {

  private final List<SandboxLedgerEntry> entries;

  SandboxAuthorization(List<SandboxLedgerEntry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** Why a capture of {@code amount} is refused; empty when it goes through. */
  Optional<SandboxCard> refuseCapture(Money amount, Instant now) {
    Optional<SandboxCard> unusable = unusable(now);
    if (unusable.isPresent()) {
      return unusable;
    }
    if (!fits(amount, held().orElseThrow())) {
      return refusal("amount_mismatch", "the capture exceeds the authorized amount");
    }
    return Optional.empty();
  }

  /** Why releasing the hold is refused; empty when it goes through. */
  Optional<SandboxCard> refuseVoid(Instant now) {
    return unusable(now);
  }

  /** Why a refund of {@code amount} is refused; empty when it goes through. */
  Optional<SandboxCard> refuseRefund(Money amount) {
    Optional<SandboxLedgerEntry> capture = approved(Operation.CAPTURE);
    if (capture.isEmpty()) {
      return refusal("charge_not_captured", "nothing was captured on this authorization");
    }
    if (approved(Operation.REFUND).isPresent()) {
      return refusal("charge_already_refunded", "the capture was refunded already");
    }
    if (!fits(amount, capture.get())) {
      return refusal("amount_too_large", "the refund exceeds the captured amount");
    }
    return Optional.empty();
  }

  private Optional<SandboxCard> unusable(Instant now) {
    Optional<SandboxLedgerEntry> hold = held();
    if (hold.isEmpty()) {
      return refusal("authorization_not_found", "no approved authorization with this reference");
    }
    if (approved(Operation.VOID).isPresent()) {
      return refusal("authorization_voided", "the authorization was voided");
    }
    if (approved(Operation.CAPTURE).isPresent()) {
      return refusal("authorization_captured", "the authorization was captured already");
    }
    if (!now.isBefore(hold.get().expiresAt)) {
      return refusal("authorization_expired", "the hold lapsed at " + hold.get().expiresAt);
    }
    return Optional.empty();
  }

  private Optional<SandboxLedgerEntry> held() {
    return approved(Operation.AUTHORIZE);
  }

  private Optional<SandboxLedgerEntry> approved(Operation operation) {
    return entries.stream()
        .filter(entry -> entry.operation == operation && entry.approved)
        .findFirst();
  }

  private static boolean fits(Money amount, SandboxLedgerEntry limit) {
    return amount.currency().equals(limit.currency) && amount.amountMinor() <= limit.amountMinor;
  }

  private static Optional<SandboxCard> refusal(String code, String message) {
    return Optional.of(SandboxCard.declining(code, message));
  }
}
