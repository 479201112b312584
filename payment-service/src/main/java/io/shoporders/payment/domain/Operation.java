package io.shoporders.payment.domain;

import java.util.Locale;
import java.util.UUID;

/** What payment-service asks a gateway to do with an order's money. */
public enum Operation {
  AUTHORIZE,
  CAPTURE,
  VOID,
  REFUND;

  /**
   * The key the gateway deduplicates by: one per order and operation, so a call repeated after a
   * timeout or a crash returns the first result instead of moving money twice.
   */
  public String idempotencyKey(UUID orderId) {
    return orderId + ":" + name().toLowerCase(Locale.ROOT);
  }
}
