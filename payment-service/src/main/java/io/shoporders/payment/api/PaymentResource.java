package io.shoporders.payment.api;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.shoporders.contracts.money.Money;
import io.shoporders.payment.persistence.OperationRecord;
import io.shoporders.payment.persistence.PaymentRecord;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/** Operators look a payment up by its order. */
@Path("/payments")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentResource {

  /** The order's payment: status, gateway, amounts and history; 404 when there is none. */
  @GET
  @Path("/{orderId}")
  @WithSession
  public Uni<PaymentView> byOrder(@PathParam("orderId") UUID orderId) {
    return PaymentRecord.forOrder(orderId)
        .onItem()
        .ifNull()
        .failWith(() -> new PaymentNotFoundException(orderId))
        .chain(payment -> OperationRecord.history(payment.id).map(steps -> view(payment, steps)));
  }

  private static PaymentView view(PaymentRecord payment, List<OperationRecord> steps) {
    Money captured =
        payment.capturedMinor == null
            ? null
            : Money.ofMinor(payment.capturedMinor, payment.currency);
    return new PaymentView(
        payment.id,
        payment.orderId,
        payment.status,
        payment.gateway,
        payment.amount(),
        captured,
        payment.expiresAt,
        payment.declineCode,
        payment.pendingOperation,
        steps.stream().map(PaymentResource::step).toList());
  }

  private static PaymentView.Step step(OperationRecord step) {
    return new PaymentView.Step(
        step.operation,
        step.outcome,
        Money.ofMinor(step.amountMinor, step.currency),
        step.code,
        step.message,
        step.occurredAt);
  }
}
