package io.shoporders.shipping.booking;

import io.shoporders.shipping.carrier.CarrierUnavailableException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Calls a carrier with a time limit per attempt, and tries again with growing pauses while it is
 * unavailable, a bounded number of times. Runs outside any database transaction: no row stays
 * locked while a carrier thinks.
 */
@ApplicationScoped
class CarrierCalls {

  private final ShippingConfig.Calls config;

  CarrierCalls(ShippingConfig config) {
    this.config = config.calls();
  }

  /** The call's result; {@code attempts} counts the calls made, whatever the outcome. */
  <T> Uni<T> withRetries(Supplier<Uni<T>> call, AtomicInteger attempts) {
    Uni<T> once =
        Uni.createFrom()
            .deferred(call::get)
            .onSubscription()
            .invoke(attempts::incrementAndGet)
            .ifNoItem()
            .after(config.timeout())
            .failWith(() -> new CarrierUnavailableException("no answer in " + config.timeout()));
    return backOnContext(
        once.onFailure(CarrierUnavailableException.class)
            .retry()
            .withBackOff(config.firstBackOff(), config.maxBackOff())
            .atMost(config.attempts() - 1L));
  }

  /**
   * Timers and back-off pauses finish on other threads; the database client must be called from the
   * Vert.x context the call started on, so the result is delivered there.
   */
  private static <T> Uni<T> backOnContext(Uni<T> uni) {
    return Uni.createFrom()
        .deferred(
            () -> {
              Context context = Vertx.currentContext();
              if (context == null) {
                return uni;
              }
              return uni.emitOn(command -> context.runOnContext(ignored -> command.run()));
            });
  }
}
