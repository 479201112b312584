package io.shoporders.payment.messaging;

import io.shoporders.payment.domain.Payment;
import io.shoporders.payment.persistence.CancellationRecord;
import io.shoporders.payment.persistence.OrderLock;
import io.shoporders.payment.persistence.PaymentRecord;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/**
 * What payment-service knows about one order, loaded under the order's lock.
 *
 * @param payment the order's payment, or null before OrderPlaced was handled
 * @param cancellation the order's cancellation, or null while it is not cancelled
 */
record OrderState(PaymentRecord payment, CancellationRecord cancellation) {

  /** Takes the order's lock and loads its state; call it inside a transaction. */
  static Uni<OrderState> lockAndLoad(UUID orderId) {
    return OrderLock.acquire(orderId)
        .chain(() -> PaymentRecord.forOrder(orderId))
        .chain(
            payment ->
                CancellationRecord.<CancellationRecord>findById(orderId)
                    .map(cancellation -> new OrderState(payment, cancellation)));
  }

  boolean cancelled() {
    return cancellation != null;
  }

  /** The payment as the domain sees it; only when {@link #payment()} is not null. */
  Payment domain() {
    return payment.toDomain(cancelled());
  }
}
