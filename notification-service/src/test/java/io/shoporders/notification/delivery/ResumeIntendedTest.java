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
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A message a crash left INTENDED, with no sender holding it, goes out once all the same. */
@QuarkusTest
class ResumeIntendedTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void aMessageLeftIntendedByACrashIsSentOnceByTheResumeJob() throws SQLException {
    // given a row as a crash between intent and send leaves it
    UUID orderId = UUID.randomUUID();
    String address = Mailbox.uniqueAddress("resumed");
    insertIntended(orderId, address);

    // when the resume job runs (every 2 s in tests)
    List<ReceivedMail> mails = Mailbox.awaitMail(address);

    // then
    var database = new Database(dataSource);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> database.statuses(orderId), statuses -> statuses.equals(List.of("SENT")));
    assertThat(mails).singleElement().extracting(ReceivedMail::subject).isEqualTo("Resumed");
    assertThat(database.emitted("NotificationSent", orderId)).hasSize(1);
  }

  private void insertIntended(UUID orderId, String address) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO notification (id, order_id, kind, channel, status, cause_event_id,"
                    + " language, recipient, subject, html_body, text_body) VALUES (?, ?,"
                    + " 'ORDER_RECEIVED', 'EMAIL', 'INTENDED', ?, 'en', ?, 'Resumed', '<p>Hi</p>',"
                    + " 'Hi')")) {
      insert.setObject(1, UUID.randomUUID());
      insert.setObject(2, orderId);
      insert.setObject(3, UUID.randomUUID());
      insert.setString(4, address);
      insert.executeUpdate();
    }
  }
}
