package io.shoporders.payment.gateway;

import io.smallrye.mutiny.Uni;

/**
 * One payment provider. Every call carries an idempotency key, so repeating it returns the first
 * answer; a refusal is a {@link GatewayOutcome.Declined}, a transient failure a {@link
 * GatewayUnavailableException}.
 */
public interface PaymentGateway {

  /** The name that PaymentMethod.type and the payment events use: sandbox, stripe, ... */
  String name();

  /** Holds the amount; an approval's reference names the authorization from then on. */
  Uni<GatewayOutcome> authorize(AuthorizeRequest request);

  /** Takes at most the held amount. */
  Uni<GatewayOutcome> capture(OperationRequest request);

  /** Releases the hold without charging. */
  Uni<GatewayOutcome> voidAuthorization(OperationRequest request);

  /** Pays a captured amount back. */
  Uni<GatewayOutcome> refund(OperationRequest request);

  /** Whether a webhook call really comes from this gateway: its signature matches the payload. */
  boolean verifyWebhook(String payload, String signatureHeader);
}
