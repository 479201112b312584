package io.shoporders.notification.stack;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * The mailbox of one address on the stack's GreenMail, read through its REST API: what the SMTP
 * server really received, parsed as a MIME message.
 */
public final class Mailbox {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Session MIME = Session.getInstance(new Properties());

  private Mailbox() {}

  /** An address no other test, and no other engineer's test, writes to. */
  public static String uniqueAddress(String purpose) {
    return purpose + "-" + UUID.randomUUID() + "@notification.test";
  }

  /** Waits until the address has received at least one message, and returns all of them. */
  public static List<ReceivedMail> awaitMail(String address) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> of(address), mails -> !mails.isEmpty());
  }

  /** Waits until the address has received {@code count} messages, and returns all of them. */
  public static List<ReceivedMail> awaitMails(String address, int count) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> of(address), mails -> mails.size() >= count);
  }

  /** What the address has received so far, in the order it arrived. */
  public static List<ReceivedMail> of(String address) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HTTP.send(request(address), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      // GreenMail creates a user with its first message; before that the user is unknown.
      return List.of();
    }
    List<ReceivedMail> mails = new ArrayList<>();
    for (JsonNode message : JSON.readTree(response.body())) {
      mails.add(parse(message.path("mimeMessage").asText()));
    }
    return mails;
  }

  /** A raw RFC 5322 message, as GreenMail keeps it. */
  public static ReceivedMail parse(String raw) {
    try {
      var message =
          new MimeMessage(MIME, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
      List<String> parts = new ArrayList<>(List.of("", ""));
      collect(message, parts);
      return new ReceivedMail(
          message.getSubject(), parts.get(0), parts.get(1), message.getMessageID());
    } catch (MessagingException | IOException unreadable) {
      throw new IllegalStateException("GreenMail returned a message that is not MIME", unreadable);
    }
  }

  private static void collect(Part part, List<String> textAndHtml)
      throws MessagingException, IOException {
    if (part.isMimeType("text/plain")) {
      textAndHtml.set(0, (String) part.getContent());
    } else if (part.isMimeType("text/html")) {
      textAndHtml.set(1, (String) part.getContent());
    } else if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        collect(child, textAndHtml);
      }
    }
  }

  private static HttpRequest request(String address) {
    String port = System.getenv().getOrDefault("SHOP_MAIL_API_PORT", "8025");
    String user = URLEncoder.encode(address, StandardCharsets.UTF_8);
    return HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/api/user/" + user + "/messages/INBOX"))
        .timeout(Duration.ofSeconds(5))
        .build();
  }

  /** One received message: its subject, its plain-text and HTML parts, its Message-ID. */
  public record ReceivedMail(String subject, String text, String html, String messageId) {}
}
