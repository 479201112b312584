package io.shoporders.payment.gateway.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoporders.contracts.money.Money;
import io.shoporders.payment.domain.Operation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxAuthorizationTest {

  private static final Instant AUTHORIZED_AT = Instant.parse("2026-12-01T10:00:00Z");
  private static final Instant EXPIRES_AT = AUTHORIZED_AT.plus(Duration.ofDays(7));
  private static final Money HELD = Money.ofMinor(80_00, "EUR");

  private final List<SandboxLedgerEntry> entries = new ArrayList<>(List.of(hold()));

  private static SandboxLedgerEntry hold() {
    SandboxLedgerEntry entry = entry(Operation.AUTHORIZE, 80_00, true);
    entry.expiresAt = EXPIRES_AT;
    return entry;
  }

  private static SandboxLedgerEntry entry(Operation operation, long amountMinor, boolean approved) {
    SandboxLedgerEntry entry = new SandboxLedgerEntry();
    entry.operation = operation;
    entry.reference = "sbx_auth_1";
    entry.amountMinor = amountMinor;
    entry.currency = "EUR";
    entry.approved = approved;
    return entry;
  }

  private SandboxAuthorization books() {
    return new SandboxAuthorization(entries);
  }

  @Test
  void aCaptureWithinTheHoldWindowGoesThrough() {
    // when / then
    assertThat(books().refuseCapture(HELD, EXPIRES_AT.minusSeconds(1))).isEmpty();
  }

  @Test
  void aCaptureAfterTheHoldWindowIsRefusedAsExpired() {
    // when
    var refusal = books().refuseCapture(HELD, EXPIRES_AT);

    // then
    assertThat(refusal)
        .get()
        .extracting(SandboxCard::declineCode)
        .isEqualTo("authorization_expired");
  }

  @Test
  void aHoldThatLapsedWhenItWasMadeRefusesEvenAnImmediateCapture() {
    // given
    SandboxCard card = SandboxCards.find("pm_card_visa_holdLapsesAtOnce").orElseThrow();
    entries.get(0).expiresAt = card.holdExpiry(AUTHORIZED_AT, Duration.ofDays(7));

    // when
    var refusal = books().refuseCapture(HELD, AUTHORIZED_AT);

    // then
    assertThat(refusal)
        .get()
        .extracting(SandboxCard::declineCode)
        .isEqualTo("authorization_expired");
  }

  @Test
  void aCaptureAboveTheHoldIsRefused() {
    // when
    var refusal = books().refuseCapture(Money.ofMinor(80_01, "EUR"), AUTHORIZED_AT);

    // then
    assertThat(refusal).get().extracting(SandboxCard::declineCode).isEqualTo("amount_mismatch");
  }

  @Test
  void aCaptureAfterAVoidIsRefused() {
    // given
    entries.add(entry(Operation.VOID, 80_00, true));

    // when
    var refusal = books().refuseCapture(HELD, AUTHORIZED_AT);

    // then
    assertThat(refusal)
        .get()
        .extracting(SandboxCard::declineCode)
        .isEqualTo("authorization_voided");
  }

  @Test
  void aDeclinedAuthorizationHoldsNothingToCapture() {
    // given
    entries.set(0, entry(Operation.AUTHORIZE, 80_00, false));

    // when
    var refusal = books().refuseCapture(HELD, AUTHORIZED_AT);

    // then
    assertThat(refusal)
        .get()
        .extracting(SandboxCard::declineCode)
        .isEqualTo("authorization_not_found");
  }

  @Test
  void aRefundNeedsACaptureAndPaysBackAtMostIt() {
    // given
    var beforeCapture = books().refuseRefund(HELD);
    entries.add(entry(Operation.CAPTURE, 80_00, true));

    // when / then
    assertThat(beforeCapture)
        .get()
        .extracting(SandboxCard::declineCode)
        .isEqualTo("charge_not_captured");
    assertThat(books().refuseRefund(HELD)).isEmpty();
    assertThat(books().refuseRefund(Money.ofMinor(80_01, "EUR"))).isPresent();
  }

  @Test
  void aVoidAfterTheCaptureIsRefused() {
    // given
    entries.add(entry(Operation.CAPTURE, 80_00, true));

    // when
    var refusal = books().refuseVoid(AUTHORIZED_AT);

    // then
    assertThat(refusal)
        .get()
        .extracting(SandboxCard::declineCode)
        .isEqualTo("authorization_captured");
  }
}
