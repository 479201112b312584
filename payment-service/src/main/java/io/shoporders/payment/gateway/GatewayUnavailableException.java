package io.shoporders.payment.gateway;

/**
 * The gateway could not answer now (timeout, 5xx, connection refused): retrying may help, and the
 * operation's idempotency key makes a retry safe.
 */
public class GatewayUnavailableException extends RuntimeException {

  public GatewayUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  public GatewayUnavailableException(String message) {
    super(message);
  }
}
