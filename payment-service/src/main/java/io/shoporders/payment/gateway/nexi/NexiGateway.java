package io.shoporders.payment.gateway.nexi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shoporders.payment.gateway.AuthorizeRequest;
import io.shoporders.payment.gateway.BlockingCall;
import io.shoporders.payment.gateway.GatewayOutcome;
import io.shoporders.payment.gateway.OperationRequest;
import io.shoporders.payment.gateway.PaymentGateway;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Nexi XPay through its Payment API v1 with the JDK HTTP client. The token is the contractId of a
 * card the customer saved with XPay; authorizing is a merchant-initiated payment ({@code
 * /orders/mit}) with explicit capture, whose operationId is the reference from then on. XPay's
 * cancel applies to captures only, so the void is a refund of the authorization, which XPay treats
 * as releasing the hold. XPay honours an Idempotency-Key on each POST (see {@link NexiHttp}). Not
 * public: XPay's issuer reason codes and how long it holds an authorization, so a refusal reads as
 * generic_decline and the hold as {@code payment.nexi.hold-window}.
 */
@ApplicationScoped
class NexiGateway implements PaymentGateway {

  static final String NAME = "nexi";

  /** XPay's operationResult of a refused payment to the service's decline codes. */
  private static final Map<String, String> DECLINES =
      Map.of(
          "DECLINED", "generic_decline",
          "DENIED_BY_RISK", "fraudulent",
          "THREEDS_FAILED", "authentication_required");

  private final NexiSettings settings;
  private final Clock clock;
  private final NexiHttp http;

  NexiGateway(NexiSettings settings, Clock clock, ObjectMapper json) {
    this.settings = settings;
    this.clock = clock;
    this.http = new NexiHttp(settings, json);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Uni<GatewayOutcome> authorize(AuthorizeRequest request) {
    NexiRequests.Mit body =
        NexiRequests.Mit.explicitCapture(xpayOrderId(request), request.amount(), request.token());
    return call(() -> held(http.post("/orders/mit", body, request.idempotencyKey())));
  }

  @Override
  public Uni<GatewayOutcome> capture(OperationRequest request) {
    return onOperation(request, "/captures");
  }

  @Override
  public Uni<GatewayOutcome> voidAuthorization(OperationRequest request) {
    return onOperation(request, "/refunds");
  }

  @Override
  public Uni<GatewayOutcome> refund(OperationRequest request) {
    return onOperation(request, "/refunds");
  }

  /**
   * XPay tells a merchant of a payment by calling its notificationUrl with a securityToken from the
   * order's creation, not with a signature header; the service does not rely on those calls, so
   * none is accepted.
   */
  @Override
  public boolean verifyWebhook(String payload, String signatureHeader) {
    return false;
  }

  private Uni<GatewayOutcome> onOperation(OperationRequest request, String action) {
    String path = "/operations/" + request.reference() + action;
    NexiRequests.Amount body = NexiRequests.Amount.of(request.amount());
    return call(
        () -> {
          http.post(path, body, request.idempotencyKey());
          return new GatewayOutcome.Approved(request.reference(), null);
        });
  }

  private GatewayOutcome held(JsonNode answer) {
    JsonNode operation = answer.path("operation");
    String result = operation.path("operationResult").asText("MISSING");
    if (!"AUTHORIZED".equals(result)) {
      String code = DECLINES.getOrDefault(result, "generic_decline");
      return new GatewayOutcome.Declined(code, "Nexi answered " + result);
    }
    String operationId = operation.path("operationId").asText();
    return new GatewayOutcome.Approved(operationId, clock.instant().plus(settings.holdWindow()));
  }

  /** XPay's orderId allows 18 characters: the first 18 hex digits of the order's UUID. */
  private static String xpayOrderId(AuthorizeRequest request) {
    return request.orderId().toString().replace("-", "").substring(0, 18);
  }

  private static Uni<GatewayOutcome> call(Callable<GatewayOutcome> call) {
    return BlockingCall.of(call)
        .onFailure(NexiRefusal.class)
        .recoverWithItem(failure -> ((NexiRefusal) failure).outcome());
  }
}
