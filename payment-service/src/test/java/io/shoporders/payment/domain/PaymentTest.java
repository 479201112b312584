package io.shoporders.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shoporders.contracts.money.Money;
import org.junit.jupiter.api.Test;

class PaymentTest {

  private static final Money TOTAL = Money.ofMinor(12_50, "EUR");

  private static Payment authorized() {
    Payment payment = Payment.authorizing(TOTAL);
    payment.authorized();
    return payment;
  }

  @Test
  void aNewPaymentHasItsAuthorizationInFlight() {
    // when
    Payment payment = Payment.authorizing(TOTAL);

    // then
    assertThat(payment.status()).isEqualTo(PaymentStatus.AUTHORIZING);
    assertThat(payment.snapshot().pending()).isEqualTo(Operation.AUTHORIZE);
    assertThat(payment.startNext()).isEmpty();
  }

  @Test
  void anAuthorizationIsSettledOnlyOnce() {
    // given
    Payment payment = authorized();

    // when / then
    assertThatThrownBy(payment::authorized).isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void aLabelStartsTheCaptureOfTheWholeAuthorization() {
    // given
    Payment payment = authorized();

    // when
    payment.recordLabelCreated();

    // then
    assertThat(payment.startNext()).contains(Operation.CAPTURE);
  }

  @Test
  void aCaptureIsNeverStartedTwice() {
    // given
    Payment payment = authorized();
    payment.recordLabelCreated();
    payment.startNext();
    payment.captured(TOTAL);

    // when
    payment.recordLabelCreated();

    // then
    assertThat(payment.status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(payment.startNext()).isEmpty();
  }

  @Test
  void aCaptureNeverExceedsTheAuthorization() {
    // given
    Payment payment = authorized();
    payment.recordLabelCreated();
    payment.startNext();

    // when / then
    assertThatThrownBy(() -> payment.captured(Money.ofMinor(12_51, "EUR")))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> payment.captured(Money.ofMinor(12_50, "USD")))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void aCancellationVoidsAnUncapturedAuthorization() {
    // given
    Payment payment = authorized();

    // when
    payment.recordCancellation();

    // then
    assertThat(payment.startNext()).contains(Operation.VOID);
  }

  @Test
  void missingStockVoidsTheAuthorization() {
    // given
    Payment payment = authorized();

    // when
    payment.recordStockUnavailable();

    // then
    assertThat(payment.startNext()).contains(Operation.VOID);
  }

  @Test
  void aLabelAfterTheCancellationCapturesNothing() {
    // given
    Payment payment = authorized();
    payment.recordCancellation();
    payment.startNext();
    payment.voided();

    // when
    payment.recordLabelCreated();

    // then
    assertThat(payment.status()).isEqualTo(PaymentStatus.VOIDED);
    assertThat(payment.startNext()).isEmpty();
  }

  @Test
  void aLabelTogetherWithACancellationVoidsInsteadOfCapturing() {
    // given
    Payment payment = authorized();

    // when
    payment.recordLabelCreated();
    payment.recordCancellation();

    // then
    assertThat(payment.startNext()).contains(Operation.VOID);
  }

  @Test
  void aCancellationDuringTheCaptureIsRefundedOnceTheCaptureLands() {
    // given
    Payment payment = authorized();
    payment.recordLabelCreated();
    payment.startNext();

    // when
    payment.recordCancellation();
    Operation whileInFlight = payment.startNext().orElse(null);
    payment.captured(TOTAL);

    // then
    assertThat(whileInFlight).isNull();
    assertThat(payment.startNext()).contains(Operation.REFUND);
    payment.refunded();
    assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
    assertThat(payment.capturedAmount()).isEqualTo(TOTAL);
  }

  @Test
  void aCancellationDuringTheAuthorizationVoidsItOnceItLands() {
    // given
    Payment payment = Payment.authorizing(TOTAL);

    // when
    payment.recordCancellation();
    payment.authorized();

    // then
    assertThat(payment.startNext()).contains(Operation.VOID);
  }

  @Test
  void aCancellationAfterADeclineDoesNothing() {
    // given
    Payment payment = Payment.authorizing(TOTAL);
    payment.declined();

    // when
    payment.recordCancellation();

    // then
    assertThat(payment.startNext()).isEmpty();
  }

  @Test
  void aFailedCaptureIsVoidedWhenTheOrderIsCancelled() {
    // given
    Payment payment = authorized();
    payment.recordLabelCreated();
    payment.startNext();
    payment.captureFailed();

    // when
    Operation before = payment.startNext().orElse(null);
    payment.recordCancellation();

    // then
    assertThat(before).isNull();
    assertThat(payment.startNext()).contains(Operation.VOID);
  }

  @Test
  void anOutcomeOfAnOperationNotInFlightIsRefused() {
    // given
    Payment payment = authorized();

    // when / then
    assertThatThrownBy(payment::voided).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(payment::refunded).isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void theStateSurvivesASnapshot() {
    // given
    Payment payment = authorized();
    payment.recordLabelCreated();

    // when
    Payment restored = Payment.restore(payment.snapshot());

    // then
    assertThat(restored.snapshot()).isEqualTo(payment.snapshot());
    assertThat(restored.startNext()).contains(Operation.CAPTURE);
  }

  @Test
  void theIdempotencyKeyNamesOrderAndOperation() {
    // given
    java.util.UUID orderId = java.util.UUID.fromString("7d3c1e8a-4a55-4f7b-9d2c-1b2a3c4d5e6f");

    // when / then
    assertThat(Operation.CAPTURE.idempotencyKey(orderId))
        .isEqualTo("7d3c1e8a-4a55-4f7b-9d2c-1b2a3c4d5e6f:capture");
  }
}
