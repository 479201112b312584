package io.shoporders.payment.messaging;

import io.shoporders.contracts.EventCodec;
import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.inventory.StockUnavailable;
import io.shoporders.contracts.order.OrderCancelled;
import io.shoporders.contracts.order.OrderPlaced;
import io.shoporders.contracts.saga.Participant;
import io.shoporders.contracts.shipping.LabelCreated;
import io.shoporders.outbox.IdempotentConsumer;
import io.shoporders.payment.domain.Payment;
import io.shoporders.payment.gateway.GatewayCalls;
import io.shoporders.payment.gateway.GatewayOutcome;
import io.shoporders.payment.persistence.CancellationRecord;
import io.shoporders.payment.persistence.PaymentRecord;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * payment-service's part of the saga, one method per event it consumes:
 *
 * <table>
 *   <tr><th>event</th><th>reaction</th><th>emits</th></tr>
 *   <tr><td>OrderPlaced</td><td>fraud rules, then authorize the grand total</td>
 *       <td>PaymentAuthorized or PaymentDeclined</td></tr>
 *   <tr><td>StockUnavailable</td><td>void the authorization</td><td>PaymentVoided</td></tr>
 *   <tr><td>LabelCreated</td><td>capture once, unless cancelled or voided</td>
 *       <td>PaymentCaptured or PaymentCaptureFailed</td></tr>
 *   <tr><td>OrderCancelled</td><td>void a hold, refund a capture, never capture afterwards</td>
 *       <td>PaymentVoided or PaymentRefunded</td></tr>
 * </table>
 *
 * <p>Each event records a fact under the order's lock, in the inbox's transaction, together with
 * the intent of the gateway operation the facts now call for; the operation itself runs after the
 * commit ({@link OperationDriver}).
 */
@ApplicationScoped
class PaymentReactions {

  static final String CONSUMER = Participant.PAYMENT.consumerGroup();
  private static final Logger LOG = Logger.getLogger(PaymentReactions.class);

  private final IdempotentConsumer consumer;
  private final EventCodec codec;
  private final OrderPlacedReaction placed;
  private final OperationDriver driver;
  private final GatewayCalls calls;
  private final PaymentEvents events;
  private final Clock clock;

  PaymentReactions(
      IdempotentConsumer consumer,
      EventCodec codec,
      OrderPlacedReaction placed,
      OperationDriver driver,
      GatewayCalls calls,
      PaymentEvents events,
      Clock clock) {
    this.consumer = consumer;
    this.codec = codec;
    this.placed = placed;
    this.driver = driver;
    this.calls = calls;
    this.events = events;
    this.clock = clock;
  }

  Uni<Void> onOrderPlaced(String json) {
    EventEnvelope<OrderPlaced> event = codec.decode(json, OrderPlaced.class);
    return Retrying.whileTransient(
        Uni.createFrom()
            .deferred(() -> placed.prepare(event))
            .chain(this::authorize)
            .chain(
                outcome ->
                    consumer.handle(
                        CONSUMER, json, OrderPlaced.class, e -> placed.settle(e, outcome)))
            .chain(() -> driver.drive(event.orderId())));
  }

  private Uni<GatewayOutcome> authorize(Authorization authorization) {
    if (!authorization.needed()) {
      return Uni.createFrom().nullItem();
    }
    return calls.authorize(authorization.gateway(), authorization.request());
  }

  Uni<Void> onStockUnavailable(String json) {
    return recordFact(json, StockUnavailable.class, Payment::recordStockUnavailable);
  }

  Uni<Void> onLabelCreated(String json) {
    return recordFact(json, LabelCreated.class, Payment::recordLabelCreated);
  }

  Uni<Void> onOrderCancelled(String json) {
    EventEnvelope<OrderCancelled> event = codec.decode(json, OrderCancelled.class);
    return Retrying.whileTransient(
        consumer
            .handle(CONSUMER, json, OrderCancelled.class, this::recordCancellation)
            .chain(() -> driver.drive(event.orderId())));
  }

  private Uni<Void> recordCancellation(EventEnvelope<OrderCancelled> event) {
    return OrderState.lockAndLoad(event.orderId())
        .chain(
            state -> {
              if (state.cancelled()) {
                return Uni.createFrom().voidItem();
              }
              CancellationRecord cancellation = new CancellationRecord();
              cancellation.orderId = event.orderId();
              cancellation.eventId = event.eventId();
              cancellation.cancelledAt = clock.instant();
              return cancellation
                  .persist()
                  .chain(() -> apply(event, state.payment(), Payment::recordCancellation, true));
            });
  }

  private <P extends EventPayload> Uni<Void> recordFact(
      String json, Class<P> type, Consumer<Payment> fact) {
    EventEnvelope<P> event = codec.decode(json, type);
    return Retrying.whileTransient(
        consumer
            .handle(
                CONSUMER,
                json,
                type,
                e ->
                    OrderState.lockAndLoad(e.orderId())
                        .chain(state -> apply(e, state.payment(), fact, state.cancelled())))
            .chain(() -> driver.drive(event.orderId())));
  }

  /** Records the fact and the intent of the operation it calls for, if any. */
  private Uni<Void> apply(
      EventEnvelope<?> event, PaymentRecord record, Consumer<Payment> fact, boolean cancelled) {
    if (record == null) {
      LOG.infof("order %s: %s before any payment, nothing held", event.orderId(), event.type());
      return Uni.createFrom().voidItem();
    }
    Payment payment = record.toDomain(cancelled);
    fact.accept(payment);
    boolean started = payment.startNext().isPresent();
    record.apply(payment, clock.instant());
    if (!started) {
      LOG.infof(
          "order %s payment %s: %s, nothing to do in %s",
          record.orderId, record.id, event.type(), record.status);
      return Uni.createFrom().voidItem();
    }
    record.pendingCause = event.eventId();
    return events.requested(record, record.pendingOperation, record.pendingAmount());
  }
}
