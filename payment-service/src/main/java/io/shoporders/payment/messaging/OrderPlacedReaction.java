package io.shoporders.payment.messaging;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.order.OrderPlaced;
import io.shoporders.contracts.payment.PaymentAuthorized;
import io.shoporders.contracts.payment.PaymentDeclined;
import io.shoporders.payment.domain.Operation;
import io.shoporders.payment.domain.Payment;
import io.shoporders.payment.domain.PaymentStatus;
import io.shoporders.payment.fraud.Fingerprints;
import io.shoporders.payment.fraud.FraudCheck;
import io.shoporders.payment.fraud.FraudRules;
import io.shoporders.payment.fraud.FraudSettings;
import io.shoporders.payment.gateway.AuthorizeRequest;
import io.shoporders.payment.gateway.GatewayCalls;
import io.shoporders.payment.gateway.GatewayOutcome;
import io.shoporders.payment.gateway.PaymentGateway;
import io.shoporders.payment.persistence.OperationRecord.Outcome;
import io.shoporders.payment.persistence.PaymentRecord;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * OrderPlaced: the fraud rules, then the authorization. Its two transactions frame the gateway
 * call: the first records the intent (a payment AUTHORIZING), the second the outcome with its event
 * and the event id in the inbox. A crash in between leaves the record unacknowledged; its
 * redelivery finds the payment AUTHORIZING and asks again with the same idempotency key, which the
 * gateway answers as before. The token lives only in the event, never in the database.
 */
@ApplicationScoped
class OrderPlacedReaction {

  private static final Logger LOG = Logger.getLogger(OrderPlacedReaction.class);

  private final GatewayCalls calls;
  private final FraudRules fraudRules;
  private final FraudSettings fraudSettings;
  private final PaymentEvents events;
  private final Clock clock;

  OrderPlacedReaction(
      GatewayCalls calls,
      FraudRules fraudRules,
      FraudSettings fraudSettings,
      PaymentEvents events,
      Clock clock) {
    this.calls = calls;
    this.fraudRules = fraudRules;
    this.fraudSettings = fraudSettings;
    this.events = events;
    this.clock = clock;
  }

  /** Records the intent, or the decline when no gateway may be asked; in its own transaction. */
  Uni<Authorization> prepare(EventEnvelope<OrderPlaced> event) {
    return Panache.withTransaction(
        () -> OrderState.lockAndLoad(event.orderId()).chain(state -> prepare(event, state)));
  }

  private Uni<Authorization> prepare(EventEnvelope<OrderPlaced> event, OrderState state) {
    if (state.payment() != null) {
      return Uni.createFrom().item(resume(event, state.payment()));
    }
    if (state.cancelled()) {
      LOG.infof("order %s was cancelled before it was placed: nothing authorized", event.orderId());
      return Uni.createFrom().item(Authorization.NONE);
    }
    OrderPlaced order = event.payload();
    Optional<PaymentGateway> gateway = calls.gatewayFor(order.paymentMethod().type());
    if (gateway.isEmpty()) {
      return decline(event, "payment_method_not_supported", "no gateway serves this type");
    }
    return fraudCheck(event)
        .chain(
            hit ->
                hit.isPresent()
                    ? decline(event, FraudRules.DECLINE_CODE, hit.get())
                    : start(event, gateway.get()));
  }

  /** A redelivery: ask again only while the first answer was never recorded. */
  private Authorization resume(EventEnvelope<OrderPlaced> event, PaymentRecord payment) {
    if (payment.status != PaymentStatus.AUTHORIZING) {
      return Authorization.NONE;
    }
    return new Authorization(calls.named(payment.gateway), request(event));
  }

  private Uni<Optional<String>> fraudCheck(EventEnvelope<OrderPlaced> event) {
    OrderPlaced order = event.payload();
    Instant since = clock.instant().minus(fraudSettings.window());
    return PaymentRecord.countByEmailSince(emailHash(order), since)
        .chain(
            byEmail ->
                PaymentRecord.countByCardSince(cardFingerprint(order), since)
                    .map(
                        byCard ->
                            new FraudCheck(
                                order.grandTotal(),
                                order.shippingAddress().country(),
                                byEmail,
                                byCard)))
        .map(fraudRules::firstHit);
  }

  private Uni<Authorization> start(EventEnvelope<OrderPlaced> event, PaymentGateway gateway) {
    PaymentRecord record =
        newRecord(event, gateway.name(), Payment.authorizing(event.payload().grandTotal()));
    return record
        .persist()
        .chain(() -> events.requested(record, Operation.AUTHORIZE, record.amount()))
        .replaceWith(new Authorization(gateway, request(event)));
  }

  private Uni<Authorization> decline(EventEnvelope<OrderPlaced> event, String code, String why) {
    OrderPlaced order = event.payload();
    PaymentRecord record =
        newRecord(event, order.paymentMethod().type(), Payment.declined(order.grandTotal()));
    record.declineCode = code;
    LOG.infof(
        "order %s payment %s declined before the gateway: %s", event.orderId(), record.id, code);
    return record
        .persist()
        .chain(
            () ->
                events.record(
                    record, Operation.AUTHORIZE, Outcome.DECLINED, record.amount(), code, why))
        .chain(
            () ->
                events.emit(
                    event.orderId(),
                    event.eventId(),
                    new PaymentDeclined(record.id, record.gateway, record.amount(), code, why)))
        .replaceWith(Authorization.NONE);
  }

  /** Records the gateway's answer and emits its event; inside the inbox's transaction. */
  Uni<Void> settle(EventEnvelope<OrderPlaced> event, GatewayOutcome outcome) {
    return OrderState.lockAndLoad(event.orderId())
        .chain(
            state -> {
              PaymentRecord record = state.payment();
              if (outcome == null || record == null || record.status != PaymentStatus.AUTHORIZING) {
                return Uni.createFrom().voidItem();
              }
              return settle(event, state, outcome);
            });
  }

  private Uni<Void> settle(
      EventEnvelope<OrderPlaced> event, OrderState state, GatewayOutcome outcome) {
    PaymentRecord record = state.payment();
    Payment payment = state.domain();
    Uni<Void> written =
        outcome instanceof GatewayOutcome.Approved approved
            ? authorized(event, state, payment, approved)
            : declined(event, payment, (GatewayOutcome.Declined) outcome, record);
    boolean next = payment.startNext().isPresent();
    record.apply(payment, clock.instant());
    if (next) {
      record.pendingCause = state.cancellation().eventId;
    }
    return written.chain(
        () ->
            next
                ? events.requested(record, record.pendingOperation, record.amount())
                : Uni.createFrom().voidItem());
  }

  private Uni<Void> authorized(
      EventEnvelope<OrderPlaced> event,
      OrderState state,
      Payment payment,
      GatewayOutcome.Approved approved) {
    PaymentRecord record = state.payment();
    payment.authorized();
    record.gatewayReference = approved.reference();
    record.expiresAt = approved.expiresAt();
    LOG.infof("order %s payment %s authorized by %s", record.orderId, record.id, record.gateway);
    Uni<Void> step =
        events.record(record, Operation.AUTHORIZE, Outcome.APPROVED, record.amount(), null, null);
    if (state.cancelled()) {
      // The order was cancelled while the gateway answered: the hold is voided at once and never
      // announced, so no service starts work for an order that is already over.
      return step;
    }
    return step.chain(
        () ->
            events.emit(
                record.orderId,
                event.eventId(),
                new PaymentAuthorized(
                    record.id, record.gateway, record.amount(), record.expiresAt)));
  }

  private Uni<Void> declined(
      EventEnvelope<OrderPlaced> event,
      Payment payment,
      GatewayOutcome.Declined declined,
      PaymentRecord record) {
    payment.declined();
    record.declineCode = declined.code();
    LOG.infof(
        "order %s payment %s declined by %s: %s",
        record.orderId, record.id, record.gateway, declined.code());
    PaymentDeclined payload =
        new PaymentDeclined(
            record.id, record.gateway, record.amount(), declined.code(), declined.message());
    return events
        .record(
            record,
            Operation.AUTHORIZE,
            Outcome.DECLINED,
            record.amount(),
            declined.code(),
            declined.message())
        .chain(() -> events.emit(record.orderId, event.eventId(), payload));
  }

  private PaymentRecord newRecord(
      EventEnvelope<OrderPlaced> event, String gateway, Payment payment) {
    OrderPlaced order = event.payload();
    Instant now = clock.instant();
    PaymentRecord record = new PaymentRecord();
    record.id = UUID.randomUUID();
    record.orderId = event.orderId();
    record.gateway = gateway;
    record.amountMinor = order.grandTotal().amountMinor();
    record.currency = order.grandTotal().currency();
    record.emailHash = emailHash(order);
    record.cardFingerprint = cardFingerprint(order);
    record.pendingCause = event.eventId();
    record.createdAt = now;
    record.apply(payment, now);
    return record;
  }

  private static AuthorizeRequest request(EventEnvelope<OrderPlaced> event) {
    OrderPlaced order = event.payload();
    return new AuthorizeRequest(event.orderId(), order.paymentMethod().token(), order.grandTotal());
  }

  private static String emailHash(OrderPlaced order) {
    return Fingerprints.ofEmail(order.customer().email());
  }

  private static String cardFingerprint(OrderPlaced order) {
    return Fingerprints.ofPaymentMethod(
        order.paymentMethod().type(), order.paymentMethod().token());
  }
}
