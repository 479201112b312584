package io.shoporders.payment.messaging;

import io.shoporders.outbox.TransientFailures;
import io.shoporders.payment.gateway.GatewayUnavailableException;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Retries a whole reaction while its failure will pass: the database or a gateway is down, or a
 * gateway's circuit is open. The record is not acknowledged meanwhile, so nothing is skipped and
 * nothing is dead-lettered for a failure that time fixes.
 */
final class Retrying {

  private static final Duration FIRST_RETRY = Duration.ofMillis(500);
  private static final Duration LONGEST_RETRY = Duration.ofSeconds(30);

  private Retrying() {}

  static <T> Uni<T> whileTransient(Uni<T> work) {
    return work.onFailure(Retrying::isTransient)
        .retry()
        .withBackOff(FIRST_RETRY, LONGEST_RETRY)
        .indefinitely();
  }

  static boolean isTransient(Throwable failure) {
    return TransientFailures.isTransient(failure)
        || failure instanceof GatewayUnavailableException
        || failure instanceof TimeoutException
        || failure instanceof CircuitBreakerOpenException;
  }
}
