package io.shoporders.notification.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.shoporders.contracts.EventEnvelope;
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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A shop that does not send the payment confirmation: nothing waits for one. */
@QuarkusTest
@TestProfile(ShopWithoutConfirmationTest.NoConfirmation.class)
class ShopWithoutConfirmationTest {

  private static final Clock CLOCK = Clock.systemUTC();

  @Inject AgroalDataSource dataSource;

  @Test
  void theShippedMessageWaitsOnlyForTheOrderReceivedMessage() {
    // given OrderShipped and OrderConfirmed read before OrderPlaced
    var database = new Database(dataSource);
    UUID orderId = UUID.randomUUID();
    String address = Mailbox.uniqueAddress("no-confirmation");
    Customer customer = Orders.customer("John Smith", address, "en");
    var confirmed =
        EventEnvelope.causedBy(orderId, UUID.randomUUID(), Orders.confirmed(customer), CLOCK);
    Events.publish(
        EventEnvelope.causedBy(orderId, UUID.randomUUID(), Orders.shipped(customer), CLOCK));
    Events.publish(confirmed);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> database.handled(confirmed.eventId()) && !database.statuses(orderId).isEmpty());
    assertThat(database.statuses(orderId)).containsExactly("INTENDED");

    // when
    Events.publish(EventEnvelope.first(orderId, Orders.placed(customer), CLOCK));

    // then, well within the order-wait of 2 minutes
    List<ReceivedMail> mails = Mailbox.awaitMails(address, 2);
    assertThat(mails)
        .extracting(ReceivedMail::subject)
        .containsExactly(
            "Shop Orders: we have received order SO-2026-000123",
            "Shop Orders: order SO-2026-000123 has shipped");
  }

  /** The shop turns the payment confirmation off. */
  public static class NoConfirmation implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("notification.shop.sends-order-confirmed", "false");
    }
  }
}
