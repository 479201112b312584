package io.shoporders.payment.gateway;

import io.shoporders.contracts.money.Money;
import io.shoporders.payment.domain.Operation;
import java.util.UUID;

/**
 * Asks the gateway to hold {@code amount} on the payment method behind {@code token}.
 *
 * @param orderId the order, which with the operation forms the idempotency key
 * @param token the gateway's token of the payment method; kept out of logs and storage
 */
public record AuthorizeRequest(UUID orderId, String token, Money amount) {

  /** The key the gateway deduplicates this authorization by. */
  public String idempotencyKey() {
    return Operation.AUTHORIZE.idempotencyKey(orderId);
  }

  /** The token stays out of logs. */
  @Override
  public String toString() {
    return "AuthorizeRequest[orderId=" + orderId + ", amount=" + amount + "]";
  }
}
