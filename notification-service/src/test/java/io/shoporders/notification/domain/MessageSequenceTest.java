package io.shoporders.notification.domain;

import static io.shoporders.contracts.notification.NotificationKind.ORDER_CANCELLED;
import static io.shoporders.contracts.notification.NotificationKind.ORDER_CONFIRMED;
import static io.shoporders.contracts.notification.NotificationKind.ORDER_RECEIVED;
import static io.shoporders.contracts.notification.NotificationKind.ORDER_SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;

import io.shoporders.contracts.notification.NotificationKind;
import org.junit.jupiter.api.Test;

class MessageSequenceTest {

  private final MessageSequence withConfirmation = new MessageSequence(true);
  private final MessageSequence withoutConfirmation = new MessageSequence(false);

  @Test
  void theOrderReceivedMessageWaitsForNothing() {
    assertThat(withConfirmation.before(ORDER_RECEIVED)).isEmpty();
    assertThat(withConfirmation.awaited(ORDER_RECEIVED)).isEmpty();
  }

  @Test
  void everyOtherMessageAwaitsTheOrderReceivedMessage() {
    for (NotificationKind kind : new NotificationKind[] {ORDER_CONFIRMED, ORDER_CANCELLED}) {
      assertThat(withConfirmation.awaited(kind)).containsExactly(ORDER_RECEIVED);
      assertThat(withoutConfirmation.awaited(kind)).containsExactly(ORDER_RECEIVED);
    }
    assertThat(withoutConfirmation.awaited(ORDER_SHIPPED)).containsExactly(ORDER_RECEIVED);
  }

  @Test
  void theShippedMessageAwaitsTheConfirmationWhereTheShopSendsIt() {
    assertThat(withConfirmation.awaited(ORDER_SHIPPED))
        .containsExactlyInAnyOrder(ORDER_RECEIVED, ORDER_CONFIRMED);
  }

  @Test
  void aCancellationGoesAfterARecordedConfirmationButDoesNotAwaitOne() {
    // a cancellation may come before any payment was confirmed
    assertThat(withConfirmation.before(ORDER_CANCELLED))
        .containsExactlyInAnyOrder(ORDER_RECEIVED, ORDER_CONFIRMED);
    assertThat(withConfirmation.awaited(ORDER_CANCELLED)).doesNotContain(ORDER_CONFIRMED);
  }

  @Test
  void whatAMessageAwaitsAlwaysGoesBeforeIt() {
    for (MessageSequence sequence : new MessageSequence[] {withConfirmation, withoutConfirmation}) {
      for (NotificationKind kind : NotificationKind.values()) {
        assertThat(sequence.before(kind)).containsAll(sequence.awaited(kind)).doesNotContain(kind);
      }
    }
  }

  @Test
  void noMessageGoesBeforeOneThatGoesBeforeIt() {
    for (NotificationKind kind : NotificationKind.values()) {
      for (NotificationKind earlier : withConfirmation.before(kind)) {
        assertThat(withConfirmation.before(earlier)).doesNotContain(kind);
      }
    }
  }
}
