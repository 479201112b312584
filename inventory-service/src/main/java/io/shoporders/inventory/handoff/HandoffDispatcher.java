package io.shoporders.inventory.handoff;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.shoporders.inventory.InventoryConfig;
import io.shoporders.inventory.domain.DeliveryBackoff;
import io.shoporders.inventory.persistence.HandoffAttemptEntity;
import io.shoporders.inventory.persistence.HandoffEntity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Delivers due webhook hand-offs, a few at a time, and keeps every attempt. Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so several instances share the work and a slow destination only
 * delays its own hand-offs. A failed attempt waits longer each time; after the last one the
 * hand-off is FAILED and waits for an operator's retry.
 */
@ApplicationScoped
class HandoffDispatcher {

  private static final Logger LOG = Logger.getLogger(HandoffDispatcher.class);
  // SKIP LOCKED: rows another instance is delivering are left to it, not waited for.
  private static final String DUE =
      "SELECT * FROM handoff WHERE status = 'PENDING' AND next_attempt_at <= ?1"
          + " ORDER BY next_attempt_at LIMIT 10 FOR UPDATE SKIP LOCKED";

  private final WebhookDelivery webhook;
  private final InventoryConfig config;
  private final Clock clock;

  HandoffDispatcher(WebhookDelivery webhook, InventoryConfig config, Clock clock) {
    this.webhook = webhook;
    this.config = config;
    this.clock = clock;
  }

  @Scheduled(
      every = "${inventory.handoff.dispatch-every:PT1S}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  public Uni<Void> dispatchDue() {
    return Panache.withTransaction(
        () ->
            due()
                .chain(
                    handoffs ->
                        Multi.createFrom()
                            .iterable(handoffs)
                            .onItem()
                            .transformToUniAndConcatenate(this::attempt)
                            .collect()
                            .asList()
                            .replaceWithVoid()));
  }

  private Uni<List<HandoffEntity>> due() {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(DUE, HandoffEntity.class)
                    .setParameter(1, clock.instant())
                    .getResultList());
  }

  private Uni<Void> attempt(HandoffEntity handoff) {
    return webhook.deliver(handoff).chain(attempt -> record(handoff, attempt));
  }

  private Uni<Void> record(HandoffEntity handoff, WebhookDelivery.Attempt attempt) {
    Instant now = clock.instant();
    handoff.attempts++;
    handoff.updatedAt = now;
    handoff.status = next(handoff, attempt);
    handoff.nextAttemptAt =
        HandoffEntity.PENDING.equals(handoff.status)
            ? now.plus(backoff().waitAfter(handoff.attempts))
            : null;
    LOG.infof(
        "Order %s: hand-off to %s attempt %d %s, now %s",
        handoff.orderId, handoff.destination, handoff.attempts, attempt.outcome(), handoff.status);
    return HandoffAttemptEntity.of(handoff.id, now, attempt.statusCode(), attempt.outcome())
        .persist()
        .replaceWithVoid();
  }

  private String next(HandoffEntity handoff, WebhookDelivery.Attempt attempt) {
    if (attempt.delivered()) {
      return HandoffEntity.DELIVERED;
    }
    return backoff().exhausted(handoff.attempts) ? HandoffEntity.FAILED : HandoffEntity.PENDING;
  }

  private DeliveryBackoff backoff() {
    return new DeliveryBackoff(config.handoff().firstRetryAfter(), config.handoff().maxAttempts());
  }
}
