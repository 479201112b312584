package io.shoporders.payment.gateway;

import io.shoporders.contracts.money.Money;
import io.shoporders.payment.domain.Operation;
import java.util.UUID;

/**
 * Asks the gateway to capture, void or refund an authorization it holds.
 *
 * @param orderId the order, which with the operation forms the idempotency key
 * @param operation CAPTURE, VOID or REFUND
 * @param reference the gateway's id of the authorization
 * @param amount what to capture, release or pay back
 */
public record OperationRequest(UUID orderId, Operation operation, String reference, Money amount) {

  public OperationRequest {
    if (operation == Operation.AUTHORIZE) {
      throw new IllegalArgumentException("an authorization needs an AuthorizeRequest");
    }
  }

  /** The key the gateway deduplicates this operation by. */
  public String idempotencyKey() {
    return operation.idempotencyKey(orderId);
  }
}
