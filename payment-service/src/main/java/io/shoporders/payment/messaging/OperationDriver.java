package io.shoporders.payment.messaging;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.money.Money;
import io.shoporders.contracts.payment.PaymentCaptureFailed;
import io.shoporders.contracts.payment.PaymentCaptured;
import io.shoporders.contracts.payment.PaymentRefunded;
import io.shoporders.contracts.payment.PaymentVoided;
import io.shoporders.payment.domain.Operation;
import io.shoporders.payment.domain.Payment;
import io.shoporders.payment.gateway.GatewayCalls;
import io.shoporders.payment.gateway.GatewayOutcome;
import io.shoporders.payment.gateway.OperationRequest;
import io.shoporders.payment.persistence.OperationRecord.Outcome;
import io.shoporders.payment.persistence.PaymentRecord;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Carries out the capture, void or refund a payment has in flight: reads the intent in one short
 * transaction, calls the gateway outside any transaction, and records the outcome with its event in
 * another. The outcome may call for the next operation (a capture that crossed a cancellation is
 * refunded), which it then carries out the same way. A call repeated after a crash reuses the
 * idempotency key, so the gateway answers it as it answered the first.
 */
@ApplicationScoped
class OperationDriver {

  private static final Logger LOG = Logger.getLogger(OperationDriver.class);

  private final GatewayCalls calls;
  private final PaymentEvents events;
  private final Clock clock;

  OperationDriver(GatewayCalls calls, PaymentEvents events, Clock clock) {
    this.calls = calls;
    this.events = events;
    this.clock = clock;
  }

  /** Performs the operation the order's payment has in flight, if any, and what follows. */
  Uni<Void> drive(UUID orderId) {
    return Panache.withTransaction(() -> OrderState.lockAndLoad(orderId).map(this::inFlight))
        .chain(call -> call == null ? Uni.createFrom().voidItem() : perform(call));
  }

  private Call inFlight(OrderState state) {
    PaymentRecord payment = state.payment();
    if (payment == null
        || payment.pendingOperation == null
        || payment.pendingOperation == Operation.AUTHORIZE) {
      return null;
    }
    return new Call(
        payment.gateway,
        new OperationRequest(
            payment.orderId,
            payment.pendingOperation,
            payment.gatewayReference,
            payment.pendingAmount()));
  }

  private Uni<Void> perform(Call call) {
    UUID orderId = call.request().orderId();
    return calls
        .perform(calls.named(call.gateway()), call.request())
        .chain(outcome -> Panache.withTransaction(() -> settle(call.request(), outcome)))
        .chain(next -> next ? drive(orderId) : Uni.createFrom().voidItem());
  }

  /** Records the outcome unless another driver did; true when a next operation is in flight. */
  private Uni<Boolean> settle(OperationRequest request, GatewayOutcome outcome) {
    return OrderState.lockAndLoad(request.orderId())
        .chain(
            state -> {
              if (state.payment().pendingOperation != request.operation()) {
                return Uni.createFrom().item(false);
              }
              return apply(state, request, outcome);
            });
  }

  private Uni<Boolean> apply(OrderState state, OperationRequest request, GatewayOutcome outcome) {
    PaymentRecord record = state.payment();
    Payment payment = state.domain();
    EventPayload event = settleInDomain(payment, record, request, outcome);
    boolean next = payment.startNext().isPresent();
    UUID cause = record.pendingCause;
    record.apply(payment, clock.instant());
    record.pendingCause = next && state.cancelled() ? state.cancellation().eventId : cause;
    log(record, request.operation(), outcome);
    return events
        .record(
            record,
            request.operation(),
            outcomeOf(outcome),
            request.amount(),
            code(outcome),
            message(outcome))
        .chain(
            () ->
                event == null
                    ? Uni.createFrom().voidItem()
                    : events.emit(record.orderId, cause, event))
        .chain(
            () ->
                next
                    ? events.requested(record, record.pendingOperation, record.pendingAmount())
                    : Uni.createFrom().voidItem())
        .replaceWith(next);
  }

  private static EventPayload settleInDomain(
      Payment payment, PaymentRecord record, OperationRequest request, GatewayOutcome outcome) {
    boolean approved = outcome instanceof GatewayOutcome.Approved;
    return switch (request.operation()) {
      case CAPTURE ->
          approved ? captured(payment, record, request) : captureFailed(payment, record, outcome);
      case VOID -> voided(payment, record);
      case REFUND -> approved ? refunded(payment, record) : refundFailed(payment);
      case AUTHORIZE ->
          throw new IllegalStateException("authorizations are settled on OrderPlaced");
    };
  }

  private static EventPayload captured(
      Payment payment, PaymentRecord record, OperationRequest request) {
    payment.captured(request.amount());
    return new PaymentCaptured(record.id, request.amount());
  }

  private static EventPayload captureFailed(
      Payment payment, PaymentRecord record, GatewayOutcome outcome) {
    payment.captureFailed();
    GatewayOutcome.Declined declined = (GatewayOutcome.Declined) outcome;
    record.declineCode = declined.code();
    return new PaymentCaptureFailed(record.id, declined.code(), declined.message());
  }

  /** A void the gateway refuses finds nothing held (lapsed or already released): all the same. */
  private static EventPayload voided(Payment payment, PaymentRecord record) {
    payment.voided();
    return new PaymentVoided(record.id, record.amount());
  }

  private static EventPayload refunded(Payment payment, PaymentRecord record) {
    payment.refunded();
    return new PaymentRefunded(record.id, captured(record));
  }

  private static EventPayload refundFailed(Payment payment) {
    payment.refundFailed();
    return null;
  }

  private static Money captured(PaymentRecord record) {
    return Money.ofMinor(record.capturedMinor == null ? 0 : record.capturedMinor, record.currency);
  }

  private static Outcome outcomeOf(GatewayOutcome outcome) {
    return outcome instanceof GatewayOutcome.Approved ? Outcome.APPROVED : Outcome.DECLINED;
  }

  private static String code(GatewayOutcome outcome) {
    return outcome instanceof GatewayOutcome.Declined declined ? declined.code() : null;
  }

  private static String message(GatewayOutcome outcome) {
    return outcome instanceof GatewayOutcome.Declined declined ? declined.message() : null;
  }

  private static void log(PaymentRecord record, Operation operation, GatewayOutcome outcome) {
    String result =
        outcome instanceof GatewayOutcome.Declined declined
            ? "declined " + declined.code()
            : "approved";
    if (operation == Operation.REFUND && outcome instanceof GatewayOutcome.Declined) {
      LOG.warnf(
          "order %s payment %s: refund %s, an operator must pay back by hand",
          record.orderId, record.id, result);
      return;
    }
    LOG.infof("order %s payment %s: %s %s", record.orderId, record.id, operation, result);
  }

  /** A gateway operation to carry out, and the gateway that holds the payment. */
  private record Call(String gateway, OperationRequest request) {}
}
