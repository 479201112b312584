package io.shoporders.payment.gateway.paypal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shoporders.payment.gateway.AuthorizeRequest;
import io.shoporders.payment.gateway.BlockingCall;
import io.shoporders.payment.gateway.GatewayOutcome;
import io.shoporders.payment.gateway.OperationRequest;
import io.shoporders.payment.gateway.PaymentGateway;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;

/**
 * PayPal through its REST API (Orders v2 and Payments v2) with the JDK HTTP client. The token is
 * the id of a PayPal order created with intent AUTHORIZE and approved by the buyer at checkout;
 * authorizing it yields an authorization, which is captured, voided, or whose capture is refunded.
 * The reference kept for the payment is {@code <paypalOrderId>/<authorizationId>}: the order id
 * finds the capture to refund, since PayPal's authorization does not list its captures. Every call
 * carries the operation's idempotency key as {@code PayPal-Request-Id}; PayPal keeps those keys for
 * 6 hours, far longer than the retries of {@code GatewayCalls} last.
 */
@ApplicationScoped
class PayPalGateway implements PaymentGateway {

  static final String NAME = "paypal";

  private static final Set<String> DONE = Set.of("COMPLETED", "PENDING");

  private final PayPalSettings settings;
  private final Clock clock;
  private final ObjectMapper json;
  private final PayPalHttp http;
  private final PayPalTokens tokens;

  PayPalGateway(PayPalSettings settings, Clock clock, ObjectMapper json) {
    this.settings = settings;
    this.clock = clock;
    this.json = json;
    this.http = new PayPalHttp(settings, json);
    this.tokens = new PayPalTokens(settings, http, clock);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Uni<GatewayOutcome> authorize(AuthorizeRequest request) {
    String path = "/v2/checkout/orders/" + request.token() + "/authorize";
    return call(
        () -> {
          JsonNode order = http.send(post(path, "{}", request.idempotencyKey()));
          return held(request.token(), order.path("purchase_units").path(0));
        });
  }

  @Override
  public Uni<GatewayOutcome> capture(OperationRequest request) {
    String path = "/v2/payments/authorizations/" + authorization(request) + "/capture";
    String body = write(new PayPalAmount.Capture(PayPalAmount.of(request.amount()), true));
    return call(() -> settled(http.send(post(path, body, request.idempotencyKey())), request));
  }

  @Override
  public Uni<GatewayOutcome> voidAuthorization(OperationRequest request) {
    String path = "/v2/payments/authorizations/" + authorization(request) + "/void";
    return call(
        () -> {
          http.send(post(path, "", request.idempotencyKey()));
          return new GatewayOutcome.Approved(request.reference(), null);
        });
  }

  @Override
  public Uni<GatewayOutcome> refund(OperationRequest request) {
    String body = write(new PayPalAmount.Refund(PayPalAmount.of(request.amount())));
    return call(
        () -> {
          String path = "/v2/payments/captures/" + captureOf(request) + "/refund";
          return settled(http.send(post(path, body, request.idempotencyKey())), request);
        });
  }

  /**
   * PayPal's webhooks are verified by asking PayPal (verify-webhook-signature) with five
   * transmission headers and the webhook id, which one signature header cannot carry; the service
   * does not rely on PayPal webhooks, so none is accepted.
   */
  @Override
  public boolean verifyWebhook(String payload, String signatureHeader) {
    return false;
  }

  private GatewayOutcome held(String paypalOrder, JsonNode unit) {
    JsonNode authorization = unit.path("payments").path("authorizations").path(0);
    String status = authorization.path("status").asText("MISSING");
    if (!"CREATED".equals(status)) {
      // DENIED, or PENDING (held for PayPal's review, not capturable): no hold to rely on.
      return PayPalDeclines.ofStatus(status);
    }
    String reference = paypalOrder + "/" + authorization.path("id").asText();
    return new GatewayOutcome.Approved(reference, expiry(authorization));
  }

  private Instant expiry(JsonNode authorization) {
    JsonNode expiration = authorization.path("expiration_time");
    return expiration.isTextual()
        ? Instant.parse(expiration.asText())
        : clock.instant().plus(settings.holdWindow());
  }

  private static GatewayOutcome settled(JsonNode answer, OperationRequest request) {
    String status = answer.path("status").asText("MISSING");
    return DONE.contains(status)
        ? new GatewayOutcome.Approved(request.reference(), null)
        : PayPalDeclines.ofStatus(status);
  }

  /** The capture of the order behind the reference, read from the order itself. */
  private String captureOf(OperationRequest request) {
    String paypalOrder = request.reference().substring(0, request.reference().indexOf('/'));
    JsonNode order = http.send(authorized(URI.create(url("/v2/checkout/orders/" + paypalOrder))));
    JsonNode unit = order.path("purchase_units").path(0);
    return unit.path("payments").path("captures").path(0).path("id").asText();
  }

  private static String authorization(OperationRequest request) {
    return request.reference().substring(request.reference().indexOf('/') + 1);
  }

  private Uni<GatewayOutcome> call(Supplier<GatewayOutcome> call) {
    return BlockingCall.of(call::get)
        .onFailure(PayPalHttp.UnauthorizedOrUnavailable.class)
        .invoke(this::forgetTokenIfRefused)
        .onFailure(PayPalRefusal.class)
        .recoverWithItem(failure -> ((PayPalRefusal) failure).outcome());
  }

  private void forgetTokenIfRefused(Throwable failure) {
    if (((PayPalHttp.UnauthorizedOrUnavailable) failure).unauthorized()) {
      tokens.forget();
    }
  }

  private HttpRequest.Builder post(String path, String body, String idempotencyKey) {
    return authorized(URI.create(url(path)))
        .header("Content-Type", "application/json")
        .header("PayPal-Request-Id", idempotencyKey)
        .header("Prefer", "return=representation")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private HttpRequest.Builder authorized(URI uri) {
    return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + tokens.current());
  }

  private String url(String path) {
    return settings.apiBase() + path;
  }

  private String write(Object body) {
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a PayPal request", e);
    }
  }
}
