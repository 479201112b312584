package io.shoporders.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

/** A customer's inbox on the stack's mail server (GreenMail), read through its REST API. */
final class Mailbox {

  /** A message as the customer reads it: the subject and the plain-text part. */
  record Mail(String subject, String text) {}

  private Mailbox() {}

  /** Every message delivered to the address, oldest first; none before the first one arrived. */
  static List<Mail> of(String email) {
    Response inbox =
        given()
            .baseUri("http://127.0.0.1:" + mailApiPort())
            .when()
            .get("/api/user/{email}/messages/INBOX", email);
    if (inbox.statusCode() != 200) {
      // GreenMail creates a mailbox with its first message and answers an unknown one with 4xx.
      return List.of();
    }
    return inbox.jsonPath().getList("mimeMessage", String.class).stream()
        .map(Mailbox::read)
        .toList();
  }

  /** Subjects of the messages that contain the words, e.g. the order number. */
  static List<String> subjectsContaining(String email, String words) {
    return of(email).stream().map(Mail::subject).filter(s -> s.contains(words)).toList();
  }

  /** The text of the one message that says the order was cancelled, once it has arrived. */
  static String awaitCancellation(String email, String orderNumber) {
    String subject = orderNumber + " has been cancelled";
    List<Mail> cancellations =
        await()
            .atMost(Saga.PATIENCE)
            .pollInterval(Duration.ofMillis(250))
            .until(
                () -> of(email).stream().filter(m -> m.subject().contains(subject)).toList(),
                found -> !found.isEmpty());
    assertThat(cancellations).hasSize(1);
    return cancellations.get(0).text();
  }

  private static Mail read(String raw) {
    try {
      MimeMessage message =
          new MimeMessage(
              Session.getInstance(new Properties()),
              new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
      return new Mail(message.getSubject(), plainText(message));
    } catch (MessagingException | IOException e) {
      throw new AssertionError("the mail server holds a message that is not MIME", e);
    }
  }

  private static String plainText(Part part) throws MessagingException, IOException {
    if (part.isMimeType("text/plain")) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof Multipart parts) {
      for (int i = 0; i < parts.getCount(); i++) {
        BodyPart child = parts.getBodyPart(i);
        String text = plainText(child);
        if (!text.isEmpty()) {
          return text;
        }
      }
    }
    return "";
  }

  private static String mailApiPort() {
    String port = System.getenv("SHOP_MAIL_API_PORT");
    if (port == null) {
      throw new IllegalStateException("SHOP_MAIL_API_PORT is not set: export ./shop env first");
    }
    return port;
  }
}
