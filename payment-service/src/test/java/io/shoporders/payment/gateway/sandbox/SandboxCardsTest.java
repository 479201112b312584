package io.shoporders.payment.gateway.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoporders.contracts.payment.PaymentDeclined;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SandboxCardsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "pm_card_visa",
        "pm_card_visa_debit",
        "pm_card_mastercard",
        "pm_card_mastercard_debit",
        "pm_card_mastercard_prepaid",
        "pm_card_amex",
        "pm_card_discover",
        "pm_card_diners",
        "pm_card_jcb",
        "pm_card_unionpay"
      })
  void stripesSucceedingTestCardsAuthorize(String token) {
    // when
    SandboxCard card = SandboxCards.find(token).orElseThrow();

    // then
    assertThat(card.approves()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "pm_card_visa_chargeDeclined, generic_decline",
    "pm_card_chargeDeclined, generic_decline",
    "pm_card_visa_chargeDeclinedInsufficientFunds, insufficient_funds",
    "pm_card_chargeDeclinedInsufficientFunds, insufficient_funds",
    "pm_card_visa_chargeDeclinedLostCard, lost_card",
    "pm_card_chargeDeclinedLostCard, lost_card",
    "pm_card_visa_chargeDeclinedStolenCard, stolen_card",
    "pm_card_chargeDeclinedStolenCard, stolen_card",
    "pm_card_chargeDeclinedExpiredCard, expired_card",
    "pm_card_chargeDeclinedIncorrectCvc, incorrect_cvc",
    "pm_card_chargeDeclinedProcessingError, processing_error",
    "pm_card_visa_chargeDeclinedVelocityLimitExceeded, card_velocity_exceeded",
    "pm_card_visa_chargeDeclinedFraudulent, fraudulent",
    "pm_card_chargeDeclinedFraudulent, fraudulent",
    "pm_card_radarBlock, fraudulent",
    "pm_card_chargeCustomerFail, generic_decline"
  })
  void stripesDecliningTestCardsDeclineWithStripesCode(String token, String code) {
    // when
    SandboxCard card = SandboxCards.find(token).orElseThrow();

    // then
    assertThat(card.approves()).isFalse();
    assertThat(card.declineCode()).isEqualTo(code);
  }

  @Test
  void everyDeclineCodeTheMessagesExplainIsReachableExceptTheFraudRules() {
    // when
    var codes = SandboxCards.all().values().stream().map(SandboxCard::declineCode).toList();

    // then
    assertThat(codes)
        .containsAll(
            PaymentDeclined.KNOWN_DECLINE_CODES.stream()
                .filter(code -> !code.equals("fraud_suspected"))
                .toList());
  }

  @Test
  void theLapsedHoldTokenAuthorizesWithAHoldThatEndsWhenItIsMade() {
    // given
    Instant authorizedAt = Instant.parse("2026-12-01T10:00:00Z");

    // when
    SandboxCard card = SandboxCards.find("pm_card_visa_holdLapsesAtOnce").orElseThrow();

    // then
    assertThat(card.approves()).isTrue();
    assertThat(card.holdExpiry(authorizedAt, Duration.ofDays(7))).isEqualTo(authorizedAt);
  }

  @Test
  void stripesTestCardsHoldForTheConfiguredWindow() {
    // given
    Instant authorizedAt = Instant.parse("2026-12-01T10:00:00Z");

    // when
    SandboxCard card = SandboxCards.find("pm_card_visa").orElseThrow();

    // then
    assertThat(card.holdExpiry(authorizedAt, Duration.ofDays(7)))
        .isEqualTo(Instant.parse("2026-12-08T10:00:00Z"));
  }

  @Test
  void anUnknownTokenIsDeclined() {
    // when / then
    assertThat(SandboxCards.find("pm_1Q2w3E")).isEmpty();
    assertThat(SandboxCards.UNKNOWN.approves()).isFalse();
  }
}
