package io.shoporders.payment.messaging;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.shoporders.payment.persistence.PaymentRecord;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Finishes captures, voids and refunds whose intent was recorded but whose outcome never was,
 * because the service stopped in between. The gateway call is repeated with the same idempotency
 * key, so a call that did reach the gateway is answered as before and nothing moves twice.
 */
@ApplicationScoped
class PendingOperationsSweep {

  private static final Logger LOG = Logger.getLogger(PendingOperationsSweep.class);

  private final OperationDriver driver;
  private final Settings settings;
  private final Clock clock;

  PendingOperationsSweep(OperationDriver driver, Settings settings, Clock clock) {
    this.driver = driver;
    this.settings = settings;
    this.clock = clock;
  }

  @Scheduled(
      every = "${payment.sweep.every:60s}",
      delayed = "${payment.sweep.every:60s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> sweep() {
    return Panache.withSession(
            () -> PaymentRecord.stuckSince(clock.instant().minus(settings.staleAfter())))
        .chain(this::driveEach);
  }

  private Uni<Void> driveEach(List<PaymentRecord> stale) {
    return Multi.createFrom()
        .iterable(stale)
        .onItem()
        .transformToUniAndConcatenate(
            payment -> {
              LOG.warnf(
                  "order %s payment %s: %s left in flight, finishing it",
                  payment.orderId, payment.id, payment.pendingOperation);
              return driver
                  .drive(payment.orderId)
                  .onFailure()
                  .recoverWithItem(
                      failure -> {
                        // The next sweep tries again.
                        LOG.errorf(
                            failure,
                            "order %s payment %s: sweep failed",
                            payment.orderId,
                            payment.id);
                        return null;
                      });
            })
        .collect()
        .last()
        .replaceWithVoid();
  }

  /** The sweep, under {@code payment.sweep}. */
  @ConfigMapping(prefix = "payment.sweep")
  interface Settings {

    /** How often to look for operations left in flight (read by the schedule). */
    @WithDefault("60s")
    String every();

    /** How long an operation may be in flight before the sweep takes it over. */
    @WithDefault("PT2M")
    Duration staleAfter();
  }
}
