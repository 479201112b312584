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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each order event, published on the stack's Kafka, ends as one e-mail in the stack's GreenMail and
 * one NotificationSent in the outbox. Each order starts with OrderPlaced, as in the saga: every
 * other message waits for the order-received one.
 */
@QuarkusTest
class EmailNotificationsTest {

  private static final Clock CLOCK = Clock.systemUTC();

  @Inject AgroalDataSource dataSource;

  private Database database;
  private UUID orderId;

  @BeforeEach
  void newOrder() {
    database = new Database(dataSource);
    orderId = UUID.randomUUID();
  }

  @Test
  void orderPlacedSendsTheOrderReceivedMailInTheCustomersLanguage() {
    // given
    String address = Mailbox.uniqueAddress("received");
    var placed = first(Orders.placed(Orders.customer("Giulia Rossi", address, "it")));

    // when
    Events.publish(placed);

    // then
    ReceivedMail mail = onlyMail(address);
    assertThat(mail.subject()).isEqualTo("Shop Orders: abbiamo ricevuto l'ordine SO-2026-000123");
    assertThat(mail.text()).contains("Ciao Giulia Rossi,").contains("€ 1.234,50");
    assertThat(mail.html()).contains("<strong>€ 1.234,50</strong>").contains("Sedia d&#39;autore");
    assertThat(mail.messageId()).isNotBlank();
    awaitEmitted("NotificationSent", "ORDER_RECEIVED");
  }

  @Test
  void orderConfirmedSendsThePaymentConfirmedMail() {
    // given
    String address = Mailbox.uniqueAddress("confirmed");
    Customer customer = Orders.customer("John Smith", address, "en");
    Events.publish(first(Orders.placed(customer)));

    // when
    Events.publish(caused(Orders.confirmed(customer)));

    // then
    ReceivedMail mail = lastOf(address, 2);
    assertThat(mail.subject()).isEqualTo("Shop Orders: payment confirmed for order SO-2026-000123");
    assertThat(mail.text()).contains("your payment of €1,234.50");
    awaitEmitted("NotificationSent", "ORDER_CONFIRMED");
  }

  @Test
  void orderCancelledSendsTheReasonAndThatNothingWasCharged() {
    // given
    String address = Mailbox.uniqueAddress("cancelled");
    Customer customer = Orders.customer("Giulia Rossi", address, "it");
    Events.publish(first(Orders.placed(customer)));

    // when
    Events.publish(caused(Orders.cancelled(customer, CancellationReason.PAYMENT_DECLINED, false)));

    // then
    ReceivedMail mail = lastOf(address, 2);
    assertThat(mail.text())
        .contains("il pagamento non è stato autorizzato.")
        .contains("Non ti è stato addebitato nulla.");
    assertThat(mail.html()).contains("Non ti è stato addebitato nulla.");
    awaitEmitted("NotificationSent", "ORDER_CANCELLED");
  }

  @Test
  void orderShippedSendsCarrierTrackingCodeAndLink() {
    // given
    String address = Mailbox.uniqueAddress("shipped");
    Customer customer = Orders.customer("John Smith", address, "en");
    Events.publish(first(Orders.placed(customer)));
    Events.publish(caused(Orders.confirmed(customer)));

    // when
    Events.publish(caused(Orders.shipped(customer)));

    // then
    ReceivedMail mail = lastOf(address, 3);
    assertThat(mail.text())
        .contains("has shipped with BRT.")
        .contains("Tracking code: BRT123456789")
        .contains("https://tracking.example/BRT123456789");
    assertThat(mail.html()).contains("href=\"https://tracking.example/BRT123456789\"");
    awaitEmitted("NotificationSent", "ORDER_SHIPPED");
  }

  @Test
  void namesWithAccentsApostrophesAndCjkArriveIntactInBothParts() {
    // given
    String address = Mailbox.uniqueAddress("names");
    var placed = first(Orders.placed(Orders.customer("Zoë D'Amico 山田花子", address, "it")));

    // when
    Events.publish(placed);

    // then
    ReceivedMail mail = onlyMail(address);
    assertThat(mail.text()).contains("Ciao Zoë D'Amico 山田花子,");
    assertThat(mail.html()).contains("Ciao Zoë D&#39;Amico 山田花子,");
  }

  @Test
  void aRedeliveredEventAndASecondEventOfTheSameKindSendNothingMore() {
    // given
    String address = Mailbox.uniqueAddress("duplicate");
    var payload = Orders.placed(Orders.customer("Giulia Rossi", address, "it"));
    var placed = first(payload);
    var placedAgain = first(payload);
    Events.publish(placed);
    onlyMail(address);

    // when
    Events.publish(placed);
    Events.publish(placedAgain);

    // then
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> database.handled(placed.eventId()) && database.handled(placedAgain.eventId()));
    assertThat(onlyMail(address)).isNotNull();
    assertThat(database.statuses(orderId)).containsExactly("SENT");
    assertThat(database.emitted("NotificationSent", orderId)).hasSize(1);
  }

  private ReceivedMail onlyMail(String address) {
    List<ReceivedMail> mails = Mailbox.awaitMail(address);
    assertThat(mails).hasSize(1);
    return mails.get(0);
  }

  /** The last of the {@code count} messages the address receives, all of one order. */
  private ReceivedMail lastOf(String address, int count) {
    List<ReceivedMail> mails = Mailbox.awaitMails(address, count);
    assertThat(mails).hasSize(count);
    return mails.get(count - 1);
  }

  private void awaitEmitted(String type, String kind) {
    String ofKind = "\"kind\":\"" + kind + "\"";
    List<String> events =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () ->
                    database.emitted(type, orderId).stream()
                        .filter(e -> e.contains(ofKind))
                        .toList(),
                found -> !found.isEmpty());
    assertThat(events).hasSize(1);
  }

  private <P extends EventPayload> EventEnvelope<P> first(P payload) {
    return EventEnvelope.first(orderId, payload, CLOCK);
  }

  private <P extends EventPayload> EventEnvelope<P> caused(P payload) {
    return EventEnvelope.causedBy(orderId, UUID.randomUUID(), payload, CLOCK);
  }
}
