package io.shoporders.payment.messaging;

import io.shoporders.payment.gateway.AuthorizeRequest;
import io.shoporders.payment.gateway.PaymentGateway;

/**
 * An authorization to ask a gateway for, once its intent is recorded; {@link #NONE} when the
 * order's OrderPlaced needs no gateway call (handled before, declined by the fraud rules, or
 * cancelled first).
 */
record Authorization(PaymentGateway gateway, AuthorizeRequest request) {

  static final Authorization NONE = new Authorization(null, null);

  boolean needed() {
    return gateway != null;
  }
}
