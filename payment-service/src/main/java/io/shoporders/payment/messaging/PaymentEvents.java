package io.shoporders.payment.messaging;

import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.money.Money;
import io.shoporders.outbox.Outbox;
import io.shoporders.payment.domain.Operation;
import io.shoporders.payment.persistence.OperationRecord;
import io.shoporders.payment.persistence.PaymentRecord;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

/** Writes what happened to a payment: a history step, and the event others react to. */
@ApplicationScoped
class PaymentEvents {

  private final Outbox outbox;
  private final Clock clock;

  PaymentEvents(Outbox outbox, Clock clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  /** Queues the event in the current transaction, caused by the event with id {@code cause}. */
  Uni<Void> emit(UUID orderId, UUID cause, EventPayload payload) {
    return outbox.emit(EventEnvelope.causedBy(orderId, cause, payload, clock));
  }

  /** Adds a step to the payment's history, in the current transaction. */
  Uni<Void> record(
      PaymentRecord payment,
      Operation operation,
      OperationRecord.Outcome outcome,
      Money amount,
      String code,
      String message) {
    OperationRecord step = new OperationRecord();
    step.id = UUID.randomUUID();
    step.paymentId = payment.id;
    step.operation = operation;
    step.outcome = outcome;
    step.amountMinor = amount.amountMinor();
    step.currency = amount.currency();
    step.code = code;
    step.message = message;
    step.occurredAt = clock.instant();
    return step.persist().replaceWithVoid();
  }

  /** Records that an operation was asked for: the intent, written before the gateway is called. */
  Uni<Void> requested(PaymentRecord payment, Operation operation, Money amount) {
    return record(payment, operation, OperationRecord.Outcome.REQUESTED, amount, null, null);
  }
}
