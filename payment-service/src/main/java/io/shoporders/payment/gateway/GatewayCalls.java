package io.shoporders.payment.gateway;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Every gateway call goes through here: routed by payment-method type, cut off after a timeout,
 * retried with back-off for transient failures only (a decline is an outcome, never retried), and
 * stopped by a circuit breaker while a gateway keeps failing. The limits can be tuned per method
 * with MicroProfile Fault Tolerance keys, e.g. {@code GatewayCalls/capture/Timeout/value}.
 */
@ApplicationScoped
public class GatewayCalls {

  private final Map<String, PaymentGateway> gateways;
  private final GatewaySettings settings;

  GatewayCalls(Instance<PaymentGateway> gateways, GatewaySettings settings) {
    this.gateways =
        gateways.stream().collect(Collectors.toMap(PaymentGateway::name, Function.identity()));
    this.settings = settings;
  }

  /** The gateway that serves a payment-method type; empty when none is configured for it. */
  public Optional<PaymentGateway> gatewayFor(String paymentMethodType) {
    return Optional.ofNullable(settings.routes().get(paymentMethodType)).map(gateways::get);
  }

  @Timeout(10_000)
  @Retry(
      maxRetries = 3,
      delay = 200,
      jitter = 100,
      retryOn = {GatewayUnavailableException.class, TimeoutException.class})
  @ExponentialBackoff
  @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10_000)
  public Uni<GatewayOutcome> authorize(PaymentGateway gateway, AuthorizeRequest request) {
    return gateway.authorize(request);
  }

  @Timeout(10_000)
  @Retry(
      maxRetries = 3,
      delay = 200,
      jitter = 100,
      retryOn = {GatewayUnavailableException.class, TimeoutException.class})
  @ExponentialBackoff
  @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10_000)
  public Uni<GatewayOutcome> perform(PaymentGateway gateway, OperationRequest request) {
    return switch (request.operation()) {
      case CAPTURE -> gateway.capture(request);
      case VOID -> gateway.voidAuthorization(request);
      case REFUND -> gateway.refund(request);
      case AUTHORIZE -> throw new IllegalArgumentException("authorize takes a token");
    };
  }

  /** The gateway by its own name, for operations on a payment that already names it. */
  public PaymentGateway named(String name) {
    PaymentGateway gateway = gateways.get(name);
    if (gateway == null) {
      throw new IllegalStateException("no gateway named " + name + " in this build");
    }
    return gateway;
  }
}
