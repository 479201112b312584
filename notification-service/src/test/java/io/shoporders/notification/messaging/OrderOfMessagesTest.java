package io.shoporders.notification.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.order.CancellationReason;
import io.shoporders.contracts.order.Customer;
import io.shoporders.notification.Orders;
import io.shoporders.notification.stack.Database;
import io.shoporders.notification.stack.Events;
import io.shoporders.notification.stack.Mailbox;
import io.shoporders.notification.stack.Mailbox.ReceivedMail;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The events of one order arrive on four topics in any order; the customer hears about the order in
 * the saga's order all the same. The shop in tests sends the payment confirmation.
 */
@QuarkusTest
class OrderOfMessagesTest {

  private static final Clock CLOCK = Clock.systemUTC();
  private static final String RECEIVED = "Shop Orders: we have received order SO-2026-000123";
  private static final String CONFIRMED = "Shop Orders: payment confirmed for order SO-2026-000123";
  // Two runs of the resume job (every 2 s in tests) and then some.
  private static final Duration WHILE_WAITING = Duration.ofSeconds(5);

  @Inject AgroalDataSource dataSource;

  private Database database;
  private UUID orderId;
  private String address;
  private Customer customer;

  @BeforeEach
  void newOrder() {
    database = new Database(dataSource);
    orderId = UUID.randomUUID();
    address = Mailbox.uniqueAddress("in-order");
    customer = Orders.customer("John Smith", address, "en");
  }

  @Test
  void shippedAndConfirmedArrivingBeforeOrderPlacedAreSentAfterTheOrderReceivedMessage()
      throws Exception {
    // given
    recordedBeforeOrderPlaced(Orders.shipped(customer), Orders.confirmed(customer));

    // when
    Events.publish(first(Orders.placed(customer)));

    // then
    assertSentAfterReceivedAndConfirmed(
        "ORDER_SHIPPED", "Shop Orders: order SO-2026-000123 has shipped");
  }

  @Test
  void aCancellationWaitsForTheConfirmationRecordedBeforeIt() throws Exception {
    // given
    recordedBeforeOrderPlaced(
        Orders.cancelled(customer, CancellationReason.OUT_OF_STOCK, false),
        Orders.confirmed(customer));

    // when
    Events.publish(first(Orders.placed(customer)));

    // then
    assertSentAfterReceivedAndConfirmed(
        "ORDER_CANCELLED", "Shop Orders: order SO-2026-000123 has been cancelled");
  }

  /** The events' messages recorded, and still INTENDED and unsent while the resume job runs. */
  private void recordedBeforeOrderPlaced(EventPayload... payloads) throws Exception {
    for (EventPayload payload : payloads) {
      Events.publish(caused(payload));
    }
    List<String> intended = Collections.nCopies(payloads.length, "INTENDED");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> database.statuses(orderId), intended::equals);
    Thread.sleep(WHILE_WAITING.toMillis());
    assertThat(database.statuses(orderId)).isEqualTo(intended);
    assertThat(Mailbox.of(address)).isEmpty();
  }

  /** The three mails arrived in the saga's order, and their outcomes were recorded so. */
  private void assertSentAfterReceivedAndConfirmed(String kind, String subject) {
    List<ReceivedMail> mails = Mailbox.awaitMails(address, 3);
    assertThat(mails)
        .extracting(ReceivedMail::subject)
        .containsExactly(RECEIVED, CONFIRMED, subject);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> database.sentKinds(orderId), sent -> sent.size() == 3);
    assertThat(database.sentKinds(orderId))
        .containsExactly("ORDER_RECEIVED", "ORDER_CONFIRMED", kind);
    assertThat(database.emitted("NotificationSent", orderId)).hasSize(3);
  }

  private <P extends EventPayload> EventEnvelope<P> first(P payload) {
    return EventEnvelope.first(orderId, payload, CLOCK);
  }

  private <P extends EventPayload> EventEnvelope<P> caused(P payload) {
    return EventEnvelope.causedBy(orderId, UUID.randomUUID(), payload, CLOCK);
  }
}
