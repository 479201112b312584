package io.shoporders.payment.gateway;

import java.time.Instant;

/** A gateway's answer to one operation. Transient trouble is an exception, never an outcome. */
public sealed interface GatewayOutcome {

  /**
   * The gateway did it.
   *
   * @param reference the gateway's id of the authorization, used by every later operation
   * @param expiresAt when an authorization's hold lapses; null for other operations
   */
  record Approved(String reference, Instant expiresAt) implements GatewayOutcome {}

  /**
   * The gateway refused, for good: retrying cannot change the answer.
   *
   * @param code lower_snake_case reason, e.g. insufficient_funds or authorization_expired
   * @param message the gateway's explanation in English, for operators
   */
  record Declined(String code, String message) implements GatewayOutcome {}
}
