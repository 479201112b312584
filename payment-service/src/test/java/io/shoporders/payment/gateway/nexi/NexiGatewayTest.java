package io.shoporders.payment.gateway.nexi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.shoporders.contracts.money.Money;
import io.shoporders.payment.domain.Operation;
import io.shoporders.payment.gateway.AuthorizeRequest;
import io.shoporders.payment.gateway.GatewayOutcome;
import io.shoporders.payment.gateway.GatewayUnavailableException;
import io.shoporders.payment.gateway.OperationRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Nexi XPay adapter against a local WireMock server that answers as XPay's API does. */
class NexiGatewayTest {

  private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
  private static final Money TOTAL = Money.ofMinor(37_40, "EUR");
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String OPERATION = "3470744";
  private static final String PAYMENT =
      "{\"operation\":{\"orderId\":\"x\",\"operationId\":\"3470744\","
          + "\"channel\":\"ECOMMERCE\",\"operationType\":\"AUTHORIZATION\","
          + "\"operationResult\":\"%s\",\"operationAmount\":\"3740\","
          + "\"operationCurrency\":\"EUR\",\"paymentMethod\":\"CARDS\"}}";
  private static final String DONE =
      "{\"operationId\":\"3470801\",\"operationTime\":\"2026-12-04 10:00:00.0\"}";

  private static WireMockServer nexi;
  private final UUID orderId = UUID.randomUUID();

  @BeforeAll
  static void start() {
    nexi = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    nexi.start();
  }

  @AfterAll
  static void stop() {
    nexi.stop();
  }

  @BeforeEach
  void reset() {
    nexi.resetAll();
  }

  private static NexiGateway gateway() {
    return gateway(Duration.ofSeconds(10));
  }

  private static NexiGateway gateway(Duration readTimeout) {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    return new NexiGateway(settings(readTimeout), clock, new ObjectMapper());
  }

  private static NexiSettings settings(Duration readTimeout) {
    return new NexiSettings() {
      @Override
      public String apiBase() {
        return "http://127.0.0.1:" + nexi.port() + "/api/v1";
      }

      @Override
      public Optional<String> apiKey() {
        return Optional.of("key-local");
      }

      @Override
      public Duration connectTimeout() {
        return Duration.ofSeconds(2);
      }

      @Override
      public Duration readTimeout() {
        return readTimeout;
      }

      @Override
      public Duration holdWindow() {
        return Duration.ofDays(7);
      }
    };
  }

  private String key(Operation operation) {
    byte[] name = operation.idempotencyKey(orderId).getBytes(StandardCharsets.UTF_8);
    return UUID.nameUUIDFromBytes(name).toString();
  }

  private static void stubPayment(int status, String body) {
    nexi.stubFor(
        post("/api/v1/orders/mit").willReturn(aResponse().withStatus(status).withBody(body)));
  }

  private GatewayOutcome authorize(NexiGateway gateway) {
    AuthorizeRequest request = new AuthorizeRequest(orderId, "contract-7", TOTAL);
    return gateway.authorize(request).await().atMost(WAIT);
  }

  private GatewayOutcome perform(Operation operation) {
    OperationRequest request = new OperationRequest(orderId, operation, OPERATION, TOTAL);
    return switch (operation) {
      case CAPTURE -> gateway().capture(request).await().atMost(WAIT);
      case VOID -> gateway().voidAuthorization(request).await().atMost(WAIT);
      case REFUND -> gateway().refund(request).await().atMost(WAIT);
      case AUTHORIZE -> throw new IllegalArgumentException();
    };
  }

  @Test
  void anAuthorizationIsAMerchantInitiatedPaymentWithExplicitCapture() {
    // given
    stubPayment(200, String.format(PAYMENT, "AUTHORIZED"));

    // when
    GatewayOutcome outcome = authorize(gateway());

    // then
    assertThat(outcome)
        .isEqualTo(new GatewayOutcome.Approved(OPERATION, NOW.plus(Duration.ofDays(7))));
    String xpayOrder = orderId.toString().replace("-", "").substring(0, 18);
    nexi.verify(
        postRequestedFor(urlEqualTo("/api/v1/orders/mit"))
            .withHeader("X-API-KEY", equalTo("key-local"))
            .withHeader("Idempotency-Key", equalTo(key(Operation.AUTHORIZE)))
            .withHeader("Correlation-Id", matching("[0-9a-f-]{36}"))
            .withRequestBody(
                equalToJson(
                    "{\"order\":{\"orderId\":\""
                        + xpayOrder
                        + "\",\"amount\":\"3740\",\"currency\":\"EUR\"},"
                        + "\"contractId\":\"contract-7\",\"captureType\":\"EXPLICIT\"}")));
  }

  @ParameterizedTest
  @CsvSource({"CAPTURE, captures", "VOID, refunds", "REFUND, refunds"})
  void eachLaterOperationActsOnTheAuthorization(Operation operation, String action) {
    // given
    String path = "/api/v1/operations/" + OPERATION + "/" + action;
    nexi.stubFor(post(path).willReturn(aResponse().withBody(DONE)));

    // when
    GatewayOutcome outcome = perform(operation);

    // then
    assertThat(outcome).isEqualTo(new GatewayOutcome.Approved(OPERATION, null));
    nexi.verify(
        postRequestedFor(urlEqualTo(path))
            .withHeader("Idempotency-Key", equalTo(key(operation)))
            .withRequestBody(equalToJson("{\"amount\":\"3740\",\"currency\":\"EUR\"}")));
  }

  @ParameterizedTest
  @CsvSource({
    "DECLINED, generic_decline",
    "DENIED_BY_RISK, fraudulent",
    "THREEDS_FAILED, authentication_required"
  })
  void aRefusedPaymentIsADeclineWithTheServicesCode(String result, String code) {
    // given
    stubPayment(200, String.format(PAYMENT, result));

    // when
    GatewayOutcome outcome = authorize(gateway());

    // then
    assertThat(outcome).isEqualTo(new GatewayOutcome.Declined(code, "Nexi answered " + result));
  }

  @Test
  void aValidationErrorIsAnAnswerNotATransientFailure() {
    // given
    stubPayment(400, "{\"errors\":[{\"code\":\"PS0027\",\"description\":\"Invalid field\"}]}");

    // when
    GatewayOutcome outcome = authorize(gateway());

    // then
    assertThat(outcome)
        .isEqualTo(new GatewayOutcome.Declined("invalid_request", "PS0027 Invalid field"));
  }

  @Test
  void noAnswerInTimeIsTransient() {
    // given
    nexi.stubFor(
        post("/api/v1/orders/mit").willReturn(aResponse().withFixedDelay(2_000).withBody("{}")));

    // when, then
    assertThatThrownBy(() -> authorize(gateway(Duration.ofMillis(300))))
        .isInstanceOf(GatewayUnavailableException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 500, 503})
  void busyOrBrokenNexiIsTransientAndTheRetryKeepsTheKey(int status) {
    // given
    nexi.stubFor(
        post("/api/v1/orders/mit")
            .inScenario("flaky")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(status))
            .willSetStateTo("recovered"));
    nexi.stubFor(
        post("/api/v1/orders/mit")
            .inScenario("flaky")
            .whenScenarioStateIs("recovered")
            .willReturn(aResponse().withBody(String.format(PAYMENT, "AUTHORIZED"))));
    NexiGateway gateway = gateway();

    // when
    assertThatThrownBy(() -> authorize(gateway)).isInstanceOf(GatewayUnavailableException.class);
    GatewayOutcome retried = authorize(gateway);

    // then
    assertThat(retried).isInstanceOf(GatewayOutcome.Approved.class);
    nexi.verify(
        2,
        postRequestedFor(urlEqualTo("/api/v1/orders/mit"))
            .withHeader("Idempotency-Key", equalTo(key(Operation.AUTHORIZE))));
  }

  @Test
  void noWebhookClaimsToComeFromNexi() {
    assertThat(gateway().verifyWebhook("{}", "any")).isFalse();
  }
}
