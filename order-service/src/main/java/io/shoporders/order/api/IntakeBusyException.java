package io.shoporders.order.api;

/** Too many orders are being placed at this moment; the client should send the order again. */
class IntakeBusyException extends RuntimeException {

  private final int retryAfterSeconds;

  IntakeBusyException(int retryAfterSeconds) {
    super(
        "Too many orders are being placed right now; nothing was stored. Send it again.",
        null,
        false,
        false);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  int retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
