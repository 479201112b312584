package io.shoporders.inventory.operations;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Tells operators, in the log, about reservations that wait too long for their capture or
 * cancellation. It never releases them: the payment may still be captured, and units released
 * silently could be sold twice.
 */
@ApplicationScoped
class StaleReservationReporter {

  private static final Logger LOG = Logger.getLogger(StaleReservationReporter.class);

  private final HeldReservations held;

  StaleReservationReporter(HeldReservations held) {
    this.held = held;
  }

  @Scheduled(every = "${inventory.stale-check-every:PT15M}", delayed = "1m")
  public Uni<Void> report() {
    return Panache.withSession(held::stale)
        .invoke(stale -> stale.forEach(StaleReservationReporter::warn))
        .replaceWithVoid();
  }

  private static void warn(HeldReservations.Held reservation) {
    LOG.warnf(
        "Order %s: reservation held since %s without capture or cancellation %s",
        reservation.orderId(), reservation.since(), reservation.lines());
  }
}
