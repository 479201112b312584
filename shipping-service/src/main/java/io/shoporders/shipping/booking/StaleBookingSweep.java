package io.shoporders.shipping.booking;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.shoporders.shipping.domain.BookingTime;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;

/**
 * Books again, at start and then every {@code shipping.sweep.every}, the shipments a stop left in
 * BOOKING: their intent committed, their outcome never did. It takes the same path as an operator's
 * retry, so the shipment id reaches the carrier again as its reference and a carrier that finds
 * parcels by it returns the first one.
 */
@ApplicationScoped
class StaleBookingSweep {

  private final ShipmentWorkflow workflow;
  private final ShippingConfig.Calls calls;
  private final Settings settings;

  StaleBookingSweep(ShipmentWorkflow workflow, ShippingConfig config, Settings settings) {
    this.workflow = workflow;
    this.calls = config.calls();
    this.settings = settings;
  }

  /** Stops the start if the sweep could take a booking still waiting for its carrier. */
  void checkBound(@Observes StartupEvent start) {
    Duration longest =
        BookingTime.longest(
            calls.attempts(), calls.timeout(), calls.firstBackOff(), calls.maxBackOff());
    if (settings.staleAfter().compareTo(longest) <= 0) {
      throw new IllegalStateException(
          "shipping.sweep.stale-after must be longer than the longest booking, " + longest);
    }
  }

  @Scheduled(
      every = "${shipping.sweep.every:60s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> sweep() {
    return resumeFrom(Instant.now().minus(settings.staleAfter()));
  }

  /** One shipment at a time, so each is claimed just before its booking starts. */
  private Uni<Void> resumeFrom(Instant staleBefore) {
    return workflow
        .resumeStaleBooking(staleBefore)
        .chain(resumed -> resumed ? resumeFrom(staleBefore) : Uni.createFrom().voidItem());
  }

  /** The sweep, under {@code shipping.sweep}. */
  @ConfigMapping(prefix = "shipping.sweep")
  interface Settings {

    /** How often to look for bookings left unfinished (read by the schedule). */
    @WithDefault("60s")
    String every();

    /** How long a booking may stay unfinished before the sweep books it again. */
    @WithDefault("PT2M")
    Duration staleAfter();
  }
}
