package io.shoporders.order.api;

import io.shoporders.order.OrderSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;

/**
 * Bounds how many orders are being placed at once. Beyond the bound a request is refused at once
 * with 503 and Retry-After, before it touches the database: a burst larger than the database can
 * commit would otherwise queue for connections until the storefront's clients gave up, and every
 * order in the queue would wait, not just the last ones.
 */
@ApplicationScoped
public class IntakeAdmission {

  private final int limit;
  private final int retryAfterSeconds;
  private final Semaphore places;

  @Inject
  IntakeAdmission(OrderSettings settings) {
    this(settings.intake().maxInFlight(), settings.intake().retryAfterSeconds());
  }

  IntakeAdmission(int limit, int retryAfterSeconds) {
    if (limit < 1) {
      throw new IllegalArgumentException("orders.intake.max-in-flight must be at least 1");
    }
    this.limit = limit;
    this.retryAfterSeconds = retryAfterSeconds;
    this.places = new Semaphore(limit);
  }

  /** Takes a place; false when all are taken. A caller that got one must {@link #leave()}. */
  boolean tryEnter() {
    return places.tryAcquire();
  }

  /** The refusal to answer when {@link #tryEnter()} found no place. */
  IntakeBusyException busy() {
    return new IntakeBusyException(retryAfterSeconds);
  }

  void leave() {
    places.release();
  }

  int inFlight() {
    return limit - places.availablePermits();
  }
}
