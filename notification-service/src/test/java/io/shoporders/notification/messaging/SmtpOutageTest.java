package io.shoporders.notification.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.shoporders.contracts.EventEnvelope;
import io.shoporders.notification.Orders;
import io.shoporders.notification.stack.Database;
import io.shoporders.notification.stack.Events;
import io.shoporders.notification.stack.Mailbox;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The service points at a mail server of this test's own, on a free loopback port, which starts
 * only after the service has tried to send: the stack's GreenMail stays up for everyone else.
 */
@QuarkusTest
@TestProfile(SmtpOutageTest.OwnMailServer.class)
class SmtpOutageTest {

  static final int SMTP_PORT = freeLoopbackPort();

  @Inject AgroalDataSource dataSource;

  @Test
  void aMessageSentWhileSmtpIsDownIsDeliveredOnceWhenItComesBack() throws Exception {
    // given SMTP is down while the event arrives
    var database = new Database(dataSource);
    UUID orderId = UUID.randomUUID();
    String address = Mailbox.uniqueAddress("outage");
    var customer = Orders.customer("Giulia Rossi", address, "it");
    Events.publish(EventEnvelope.first(orderId, Orders.placed(customer), Clock.systemUTC()));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> database.statuses(orderId), statuses -> statuses.equals(List.of("INTENDED")));
    Thread.sleep(2_000); // several attempts fail meanwhile: back-off starts at 200 ms in tests
    assertThat(database.statuses(orderId)).containsExactly("INTENDED");

    // when SMTP comes up
    GreenMail smtp =
        new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    smtp.start();
    try {
      // then
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> database.statuses(orderId), statuses -> statuses.equals(List.of("SENT")));
      assertThat(receivedBy(smtp, address)).hasSize(1);
      assertThat(database.emitted("NotificationSent", orderId)).hasSize(1);
      int attempts =
          given()
              .queryParam("orderId", orderId.toString())
              .get("/notifications")
              .then()
              .extract()
              .path("[0].attempts");
      assertThat(attempts).isGreaterThan(1);
    } finally {
      smtp.stop();
    }
  }

  private static List<MimeMessage> receivedBy(GreenMail smtp, String address) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(message -> recipients(message).contains(address))
        .toList();
  }

  private static String recipients(MimeMessage message) {
    try {
      return Arrays.toString(message.getAllRecipients());
    } catch (MessagingException unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }

  private static int freeLoopbackPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException noPort) {
      throw new UncheckedIOException(noPort);
    }
  }

  /** The Mailer on this test's own SMTP port. */
  public static class OwnMailServer implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("quarkus.mailer.port", String.valueOf(SMTP_PORT));
    }
  }
}
