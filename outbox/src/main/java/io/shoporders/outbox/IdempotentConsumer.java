package io.shoporders.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.shoporders.contracts.EventCodec;
import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.EventPayload;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Handles one Kafka record the way every consumer of this system must:
 *
 * <ol>
 *   <li>read the event; an unreadable or unsupported one fails the record, which the channel's
 *       dead-letter-queue strategy parks on the consumer's dead-letter topic;
 *   <li>in one transaction, record the event id and apply the effect, so a redelivery finds the id
 *       and changes nothing;
 *   <li>retry a transient failure (database down) with back-off until it passes: it is never
 *       dead-lettered, and later records of the partition wait behind it, in order.
 * </ol>
 */
@ApplicationScoped
public class IdempotentConsumer {

  private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
  private static final Duration FIRST_RETRY = Duration.ofMillis(200);
  private static final Duration LONGEST_RETRY = Duration.ofSeconds(10);

  private final EventCodec codec;
  private final Inbox inbox;

  IdempotentConsumer(EventCodec codec, Inbox inbox) {
    this.codec = codec;
    this.inbox = inbox;
  }

  /**
   * Applies {@code effect} to the event in {@code json} once for {@code consumer}.
   *
   * @param consumer the consumer group, which names the inbox entries
   * @param effect the state change and the events it emits, within the transaction
   */
  public <P extends EventPayload> Uni<Void> handle(
      String consumer, String json, Class<P> type, Function<EventEnvelope<P>, Uni<Void>> effect) {
    return Uni.createFrom()
        .item(() -> codec.decode(json, type))
        .chain(
            event ->
                once(consumer, event, effect)
                    .onFailure(TransientFailures::isTransient)
                    .invoke(
                        failure ->
                            LOG.warnf(
                                "%s %s for order %s: transient failure, retrying (%s)",
                                event.type(),
                                event.eventId(),
                                event.aggregateId(),
                                failure.toString()))
                    .onFailure(TransientFailures::isTransient)
                    .retry()
                    .withBackOff(FIRST_RETRY, LONGEST_RETRY)
                    .indefinitely());
  }

  private <P extends EventPayload> Uni<Void> once(
      String consumer, EventEnvelope<P> event, Function<EventEnvelope<P>, Uni<Void>> effect) {
    return Panache.withTransaction(
        () ->
            inbox
                .firstDelivery(consumer, event.eventId())
                .chain(
                    first -> {
                      if (!first) {
                        LOG.infof(
                            "%s %s for %s already handled, skipped",
                            event.type(), event.eventId(), event.aggregateId());
                        return Uni.createFrom().voidItem();
                      }
                      LOG.infof("%s %s for %s", event.type(), event.eventId(), event.aggregateId());
                      return effect.apply(event);
                    }));
  }
}
