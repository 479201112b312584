package io.shoporders.payment.gateway.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.CardException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import io.shoporders.payment.gateway.AuthorizeRequest;
import io.shoporders.payment.gateway.BlockingCall;
import io.shoporders.payment.gateway.GatewayOutcome;
import io.shoporders.payment.gateway.GatewayUnavailableException;
import io.shoporders.payment.gateway.OperationRequest;
import io.shoporders.payment.gateway.PaymentGateway;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Stripe through its official SDK: a PaymentIntent with manual capture, created and confirmed with
 * the customer's PaymentMethod in one call, then captured, cancelled (the void) or refunded. Every
 * call carries the operation's idempotency key. The SDK's own retries are off: {@code GatewayCalls}
 * retries, with the same key.
 */
@ApplicationScoped
public class StripeGateway implements PaymentGateway {

  /** The name payment methods and events use for this gateway. */
  public static final String NAME = "stripe";

  private static final String REQUIRES_CAPTURE = "requires_capture";

  private final StripeSettings settings;
  private final Clock clock;
  private final StripeClient client;

  StripeGateway(StripeSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    this.client =
        settings
            .apiKey()
            .map(
                key ->
                    StripeClient.builder()
                        .setApiKey(key)
                        .setApiBase(settings.apiBase())
                        .setConnectTimeout((int) settings.connectTimeout().toMillis())
                        .setReadTimeout((int) settings.readTimeout().toMillis())
                        .setMaxNetworkRetries(0)
                        .build())
            .orElse(null);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Uni<GatewayOutcome> authorize(AuthorizeRequest request) {
    PaymentIntentCreateParams params =
        PaymentIntentCreateParams.builder()
            .setAmount(request.amount().amountMinor())
            .setCurrency(request.amount().currency().toLowerCase(Locale.ROOT))
            .setPaymentMethod(request.token())
            .addPaymentMethodType("card")
            .setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL)
            .setConfirm(true)
            .putMetadata("order_id", request.orderId().toString())
            .build();
    return call(
        () -> held(client().v1().paymentIntents().create(params, key(request.idempotencyKey()))));
  }

  @Override
  public Uni<GatewayOutcome> capture(OperationRequest request) {
    PaymentIntentCaptureParams params =
        PaymentIntentCaptureParams.builder()
            .setAmountToCapture(request.amount().amountMinor())
            .build();
    return call(
        () -> {
          client()
              .v1()
              .paymentIntents()
              .capture(request.reference(), params, key(request.idempotencyKey()));
          return new GatewayOutcome.Approved(request.reference(), null);
        });
  }

  @Override
  public Uni<GatewayOutcome> voidAuthorization(OperationRequest request) {
    return call(
        () -> {
          client().v1().paymentIntents().cancel(request.reference(), key(request.idempotencyKey()));
          return new GatewayOutcome.Approved(request.reference(), null);
        });
  }

  @Override
  public Uni<GatewayOutcome> refund(OperationRequest request) {
    RefundCreateParams params =
        RefundCreateParams.builder()
            .setPaymentIntent(request.reference())
            .setAmount(request.amount().amountMinor())
            .build();
    return call(
        () -> {
          client().v1().refunds().create(params, key(request.idempotencyKey()));
          return new GatewayOutcome.Approved(request.reference(), null);
        });
  }

  /** Checks Stripe's {@code Stripe-Signature} header: HMAC of the timestamped payload. */
  @Override
  public boolean verifyWebhook(String payload, String signatureHeader) {
    if (settings.webhookSecret().isEmpty() || payload == null || signatureHeader == null) {
      return false;
    }
    try {
      return Webhook.Signature.verifyHeader(
          payload,
          signatureHeader,
          settings.webhookSecret().get(),
          settings.webhookTolerance().toSeconds(),
          clock);
    } catch (SignatureVerificationException e) {
      return false;
    }
  }

  private GatewayOutcome held(PaymentIntent intent) {
    if (!REQUIRES_CAPTURE.equals(intent.getStatus())) {
      // e.g. requires_action: the card wants 3-D Secure, which an asynchronous order cannot do.
      return new GatewayOutcome.Declined(
          "authentication_required", "payment intent is " + intent.getStatus());
    }
    return new GatewayOutcome.Approved(intent.getId(), clock.instant().plus(settings.holdWindow()));
  }

  private Uni<GatewayOutcome> call(Callable<GatewayOutcome> call) {
    return BlockingCall.of(call)
        .onFailure(StripeGateway::isTransient)
        .transform(
            failure -> new GatewayUnavailableException("Stripe: " + failure.getMessage(), failure))
        .onFailure(BlockingCall.CallFailedException.class)
        .recoverWithItem(failure -> declined((StripeException) failure.getCause()));
  }

  /** A refusal is an outcome, with Stripe's decline code where it gives one. */
  static GatewayOutcome declined(StripeException failure) {
    String code = failure.getCode() == null ? "generic_decline" : failure.getCode();
    if (failure instanceof CardException card && card.getDeclineCode() != null) {
      code = card.getDeclineCode();
    }
    String message =
        failure.getStripeError() == null ? null : failure.getStripeError().getMessage();
    return new GatewayOutcome.Declined(code, message == null ? "declined by Stripe" : message);
  }

  /** Trouble that may pass: no answer, too many requests, Stripe's own errors, a key in use. */
  private static boolean isTransient(Throwable failure) {
    return failure instanceof BlockingCall.CallFailedException
        && failure.getCause() instanceof StripeException stripe
        && isTransient(stripe);
  }

  private static boolean isTransient(StripeException failure) {
    Integer status = failure.getStatusCode();
    return failure instanceof ApiConnectionException
        || failure instanceof RateLimitException
        || status != null && (status >= 500 || status == 409);
  }

  private StripeClient client() {
    if (client == null) {
      throw new IllegalStateException("payment.stripe.api-key is not set");
    }
    return client;
  }

  private static RequestOptions key(String idempotencyKey) {
    return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
  }
}
