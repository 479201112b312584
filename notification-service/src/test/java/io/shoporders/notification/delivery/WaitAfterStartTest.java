package io.shoporders.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.shoporders.notification.stack.Database;
import io.shoporders.notification.stack.Mailbox;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Time stopped does not count as waiting: a message recorded long before the service started, whose
 * order-received message is not sent yet, keeps waiting while the service reads the backlog.
 */
@QuarkusTest
@TestProfile(WaitAfterStartTest.JustStarted.class)
class WaitAfterStartTest {

  private static final Duration RESUME_EVERY = Duration.ofSeconds(2);

  @Inject AgroalDataSource dataSource;

  @Test
  void aMessageRecordedBeforeAStopWaitsItsTurnAfterTheStart() throws Exception {
    // given a confirmation recorded 15 minutes ago, far past the order-wait of 2 minutes
    Database database = new Database(dataSource);
    UUID orderId = UUID.randomUUID();
    String address = Mailbox.uniqueAddress("restarted");
    Instant beforeTheStop = Instant.now().minus(Duration.ofMinutes(15));
    database.intended(orderId, "ORDER_CONFIRMED", address, "Confirmed", beforeTheStop);

    // when the resume job runs several times just after the start
    Thread.sleep(RESUME_EVERY.multipliedBy(4).toMillis());

    // then it still waits for the order-received message
    assertThat(database.statuses(orderId)).containsExactly("INTENDED");
    assertThat(Mailbox.of(address)).isEmpty();
  }

  /** A service that started a moment ago, within the default wait after start. */
  public static class JustStarted implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("notification.delivery.wait-after-start", "2m");
    }
  }
}
