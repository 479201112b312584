package io.shoporders.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Tells {@link TransientFailures} that the application is stopping. Quarkus fires the shutdown
 * event before it closes the database pool, so records still in flight when the pool goes are
 * retried rather than dead-lettered, and are handled again after the restart. A start clears it:
 * tests start the application again in the same JVM.
 */
@ApplicationScoped
class StopWatcher {

  void onStart(@Observes StartupEvent event) {
    TransientFailures.stopping(false);
  }

  void onStop(@Observes ShutdownEvent event) {
    TransientFailures.stopping(true);
  }
}
