package io.shoporders.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.shoporders.notification.stack.Database;
import io.shoporders.notification.stack.Mailbox;
import io.shoporders.notification.stack.Mailbox.ReceivedMail;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A message a crash left INTENDED, with no sender holding it, goes out once all the same, in its
 * turn: after the order's earlier messages, or once it has waited the order-wait (2 minutes, the
 * default, in tests). The resume job runs every 2 s in tests.
 */
@QuarkusTest
class ResumeIntendedTest {

  private static final Duration ORDER_WAIT = Duration.ofMinutes(2);
  private static final Duration RESUME_EVERY = Duration.ofSeconds(2);

  @Inject AgroalDataSource dataSource;

  private Database database;
  private UUID orderId;
  private String address;

  @BeforeEach
  void newOrder() {
    database = new Database(dataSource);
    orderId = UUID.randomUUID();
    address = Mailbox.uniqueAddress("resumed");
  }

  @Test
  void aMessageLeftIntendedByACrashIsSentOnceByTheResumeJob() throws SQLException {
    // given a row as a crash between intent and send leaves it
    insertIntended("ORDER_RECEIVED", "Resumed", Instant.now());

    // when the resume job runs
    List<ReceivedMail> mails = Mailbox.awaitMail(address);

    // then
    awaitStatuses("SENT");
    assertThat(mails).singleElement().extracting(ReceivedMail::subject).isEqualTo("Resumed");
    assertThat(database.emitted("NotificationSent", orderId)).hasSize(1);
  }

  @Test
  void theResumeJobLeavesAMessageWaitingForTheOrderReceivedWithinTheOrderWait() throws Exception {
    // given a confirmation without its order-received message, for several runs of the job
    insertIntended("ORDER_CONFIRMED", "Confirmed", Instant.now());
    Thread.sleep(RESUME_EVERY.multipliedBy(3).toMillis());
    assertThat(database.statuses(orderId)).containsExactly("INTENDED");
    assertThat(Mailbox.of(address)).isEmpty();

    // when the order-received message is recorded too
    insertIntended("ORDER_RECEIVED", "Received", Instant.now());

    // then the job sends it, and the confirmation after it
    List<ReceivedMail> mails = Mailbox.awaitMails(address, 2);
    assertThat(mails).extracting(ReceivedMail::subject).containsExactly("Received", "Confirmed");
    awaitStatuses("SENT", "SENT");
    assertThat(database.sentKinds(orderId)).containsExactly("ORDER_RECEIVED", "ORDER_CONFIRMED");
  }

  @Test
  void aMessageThatWaitedTheOrderWaitIsSentWithoutTheOneBeforeIt() throws Exception {
    // given a confirmation whose order-received message is lost, 8 s short of the order-wait
    Instant recorded = Instant.now().minus(ORDER_WAIT).plusSeconds(8);
    UUID id = insertIntended("ORDER_CONFIRMED", "Confirmed anyway", recorded);
    Thread.sleep(RESUME_EVERY.multipliedBy(2).toMillis());
    assertThat(database.statuses(orderId)).containsExactly("INTENDED");

    // when the order-wait has passed
    List<ReceivedMail> mails = Mailbox.awaitMail(address);

    // then the job sent it soon after, not before
    assertThat(mails)
        .singleElement()
        .extracting(ReceivedMail::subject)
        .isEqualTo("Confirmed anyway");
    awaitStatuses("SENT");
    assertThat(updatedAt(id))
        .isAfterOrEqualTo(recorded.plus(ORDER_WAIT))
        .isBefore(recorded.plus(ORDER_WAIT).plus(RESUME_EVERY.multipliedBy(5)));
  }

  private void awaitStatuses(String... statuses) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> database.statuses(orderId), found -> found.equals(List.of(statuses)));
  }

  private UUID insertIntended(String kind, String subject, Instant createdAt) throws SQLException {
    return database.intended(orderId, kind, address, subject, createdAt);
  }

  private Instant updatedAt(UUID id) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement("SELECT updated_at FROM notification WHERE id = ?")) {
      select.setObject(1, id);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getTimestamp(1).toInstant();
      }
    }
  }
}
