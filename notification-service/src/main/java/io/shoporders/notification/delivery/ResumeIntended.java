package io.shoporders.notification.delivery;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.shoporders.notification.config.NotificationConfig;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Picks up the messages left INTENDED: at start, those a crash interrupted; afterwards, every
 * {@code notification.delivery.resume-every}, those whose sender lost its lease.
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

  private void resume() {
    // Hibernate Reactive needs a duplicated Vert.x context, which this thread does not have.
    VertxContextSupport.subscribe(
        () -> delivery.resumeUnclaimed().toMulti(),
        subscription ->
            subscription.with(
                ignored -> {}, failure -> LOG.warn("Resuming INTENDED messages failed", failure)));
  }
}
