package io.shoporders.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** Waits for the saga: an order's final status, and the services' effects after it. */
final class Saga {

  /** The saga runs in about 2.5 s; the first order of a fresh stack takes longer. */
  static final Duration PATIENCE = Duration.ofSeconds(60);

  private Saga() {}

  /** Waits until the order is SHIPPED or CANCELLED and returns which. */
  static String awaitFinalStatus(UUID orderId) {
    return await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(200))
        .until(() -> OrderApi.status(orderId), s -> s.equals("SHIPPED") || s.equals("CANCELLED"));
  }

  /**
   * Waits until order-service reports the status, e.g. CONFIRMED while a later step is held; no
   * longer than a service may be held.
   */
  static void awaitStatus(UUID orderId, String status) {
    await()
        .atMost(HeldService.LONGEST_HOLD.dividedBy(2))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> OrderApi.status(orderId), status::equals);
  }

  /** Waits, no longer than a service may be held, until a service reports what is expected. */
  static <T> void awaitWhileHeld(Supplier<T> reported, T expected) {
    await()
        .atMost(HeldService.LONGEST_HOLD.dividedBy(2))
        .pollInterval(Duration.ofMillis(100))
        .untilAsserted(() -> assertThat(reported.get()).isEqualTo(expected));
  }

  /** Waits until a service reports what the test expects of it, e.g. the payment VOIDED. */
  static <T> void awaitThat(Supplier<T> reported, T expected) {
    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(() -> assertThat(reported.get()).isEqualTo(expected));
  }

  /** Waits until the order's timeline holds every one of the event types. */
  static void awaitTimelineWith(UUID orderId, String... types) {
    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(() -> assertThat(OrderApi.timelineTypes(orderId)).contains(types));
  }

  /** Waits until the order's mailbox has the messages whose subjects contain each part. */
  static List<String> awaitMails(String email, String orderNumber, int count) {
    return await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(250))
        .until(() -> Mailbox.subjectsContaining(email, orderNumber), s -> s.size() >= count);
  }
}
