package io.shoporders.order.persistence;

/** An Idempotency-Key sent again with a different body: the client mixed up two requests. */
public class IdempotencyKeyReusedException extends RuntimeException {

  public IdempotencyKeyReusedException() {
    super("Idempotency-Key was already used with a different body", null, false, false);
  }
}
