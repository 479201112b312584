package io.shoporders.payment.api;

import java.util.UUID;

/** No payment exists for the order: its OrderPlaced was not handled, or it never existed. */
class PaymentNotFoundException extends RuntimeException {

  private final UUID orderId;

  PaymentNotFoundException(UUID orderId) {
    super("no payment for order " + orderId);
    this.orderId = orderId;
  }

  UUID orderId() {
    return orderId;
  }
}
