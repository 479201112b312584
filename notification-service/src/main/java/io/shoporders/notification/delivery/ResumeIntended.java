package io.shoporders.notification.delivery;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.shoporders.notification.config.NotificationConfig;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Picks up the messages left INTENDED: at start, those a crash interrupted; afterwards, every
 * {@code notification.delivery.resume-every}, those whose sender lost its lease, whose turn came
 * while nothing sent them, or that waited {@code notification.delivery.order-wait} for it.
 */
@ApplicationScoped
class ResumeIntended {

  private static final Logger LOG = Logger.getLogger(ResumeIntended.class);
  private static final long FIRST_RUN_AFTER_MILLIS = 1_000;

  private final Delivery delivery;
  private final NotificationConfig config;
  private ScheduledFuture<?> schedule;

  ResumeIntended(Delivery delivery, NotificationConfig config) {
    this.delivery = delivery;
    this.config = config;
  }

  void onStart(@Observes StartupEvent start) {
    warnIfSlowerThanTheOrderWait();
    long every = config.delivery().resumeEvery().toMillis();
    // A worker thread, not a Vert.x timer: the context helper refuses to start on an event loop.
    schedule =
        Infrastructure.getDefaultWorkerPool()
            .scheduleWithFixedDelay(
                this::resume, FIRST_RUN_AFTER_MILLIS, every, TimeUnit.MILLISECONDS);
  }

  void onStop(@Observes ShutdownEvent stop) {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }

  private void warnIfSlowerThanTheOrderWait() {
    Duration every = config.delivery().resumeEvery();
    Duration orderWait = config.delivery().orderWait();
    if (every.compareTo(orderWait) > 0) {
      LOG.warnf(
          "notification.delivery.resume-every (%s) is longer than order-wait (%s): a message"
              + " waiting for its turn may wait up to both together",
          every, orderWait);
    }
  }

  private void resume() {
    // Hibernate Reactive needs a duplicated Vert.x context, which this thread does not have.
    VertxContextSupport.subscribe(
        () -> delivery.resumeUnclaimed().toMulti(),
        subscription ->
            subscription.with(
                ignored -> {}, failure -> LOG.warn("Resuming INTENDED messages failed", failure)));
  }
}
