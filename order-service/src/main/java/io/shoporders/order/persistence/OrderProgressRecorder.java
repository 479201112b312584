package io.shoporders.order.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.order.CancellationReason;
import io.shoporders.contracts.saga.OrderStatus;
import io.shoporders.contracts.saga.Saga;
import io.shoporders.order.domain.Fact;
import io.shoporders.order.domain.Outcome;
import io.shoporders.order.domain.Transition;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Records what the saga reports about an order and emits what follows from it. The order row is
 * locked while a fact is recorded, so two facts read at once from different topics (a capture and a
 * label) are decided one after the other and the second sees the first.
 */
@ApplicationScoped
public class OrderProgressRecorder {

  private static final Logger LOG = Logger.getLogger(OrderProgressRecorder.class);

  private final Announcements announcements;
  private final Clock clock;

  OrderProgressRecorder(Announcements announcements, Clock clock) {
    this.announcements = announcements;
    this.clock = clock;
  }

  /** Adds a received event to the order's timeline, then records its fact; in the caller's tx. */
  public Uni<Void> record(EventEnvelope<?> event, Fact fact, String summary) {
    return locked(event.orderId())
        .chain(
            order ->
                order == null
                    ? skipped(event)
                    : onTimeline(event, summary).chain(() -> apply(order, fact, event.eventId())));
  }

  /** Adds a received event to the order's timeline only; in the caller's transaction. */
  public Uni<Void> recordOnTimeline(EventEnvelope<?> event, String summary) {
    return OrderEntity.<OrderEntity>findById(event.orderId())
        .chain(order -> order == null ? skipped(event) : onTimeline(event, summary));
  }

  /**
   * Cancels the order at a person's request, until it has shipped. An order already cancelled stays
   * as it is, so a repeated request changes nothing.
   *
   * @return the order after the request; null when there is no such order
   */
  public Uni<OrderEntity> cancel(UUID orderId, CancellationReason reason, String note) {
    return Panache.withTransaction(
        () ->
            locked(orderId)
                .chain(order -> cancelLocked(order, new Fact.CancelRequested(reason, note))));
  }

  private Uni<OrderEntity> cancelLocked(OrderEntity order, Fact request) {
    if (order == null || order.status == OrderStatus.CANCELLED) {
      return Uni.createFrom().item(order);
    }
    if (order.status == OrderStatus.SHIPPED) {
      return Uni.createFrom().failure(new OrderAlreadyShippedException());
    }
    // A person's request reacts to no event: its cause is the order's OrderPlaced.
    return apply(order, request, order.placedEventId).replaceWith(order);
  }

  private Uni<Void> apply(OrderEntity order, Fact fact, UUID causeId) {
    OrderStatus before = order.status;
    Transition transition = order.progress().record(fact);
    order.record(transition.progress(), clock.instant());
    if (before != order.status) {
      LOG.infof("order %s is %s (was %s)", order.id, order.status, before);
    }
    Uni<Void> emitted = Uni.createFrom().voidItem();
    for (Outcome outcome : transition.outcomes()) {
      emitted = emitted.chain(() -> emit(order, outcome, causeId));
    }
    return emitted;
  }

  private Uni<Void> emit(OrderEntity order, Outcome outcome, UUID causeId) {
    EventPayload payload = announcements.payload(order, outcome);
    EventEnvelope<?> event = EventEnvelope.causedBy(order.id, causeId, payload, clock);
    return onTimeline(event, announcements.summary(order, outcome))
        .chain(() -> announcements.emit(event));
  }

  private Uni<Void> onTimeline(EventEnvelope<?> event, String summary) {
    String origin = Saga.step(event.type()).emittedBy().consumerGroup();
    Instant now = clock.instant();
    return TimelineEntryEntity.of(event, origin, summary, now).persist().replaceWithVoid();
  }

  /** An event of an order this database never had, e.g. replayed from another environment. */
  private static Uni<Void> skipped(EventEnvelope<?> event) {
    LOG.warnf(
        "%s %s for unknown order %s, skipped", event.type(), event.eventId(), event.orderId());
    return Uni.createFrom().voidItem();
  }

  private static Uni<OrderEntity> locked(UUID orderId) {
    return OrderEntity.findById(orderId, LockModeType.PESSIMISTIC_WRITE);
  }
}
