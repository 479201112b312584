package io.shoporders.payment.gateway.paypal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The PayPal adapter against a local WireMock server that answers as PayPal's REST API does. */
class PayPalGatewayTest {

  private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
  private static final Money TOTAL = Money.ofMinor(37_40, "EUR");
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String PAYPAL_ORDER = "5O190127TN364715T";
  private static final String REFERENCE = PAYPAL_ORDER + "/0VF52814937998046";
  private static final String AUTHORIZATIONS = "/v2/payments/authorizations/0VF52814937998046";
  private static final String TOKEN =
      "{\"scope\":\"https://uri.paypal.com/services/payments/payment\","
          + "\"access_token\":\"A21AAtoken\",\"token_type\":\"Bearer\",\"expires_in\":32400}";
  private static final String AUTHORIZED_ORDER =
      "{\"id\":\"5O190127TN364715T\",\"status\":\"COMPLETED\",\"purchase_units\":[{"
          + "\"payments\":{\"authorizations\":[{\"id\":\"0VF52814937998046\",\"status\":\"%s\","
          + "\"amount\":{\"currency_code\":\"EUR\",\"value\":\"37.40\"},"
          + "\"expiration_time\":\"2027-01-02T10:00:00Z\"}]}}]}";
  private static final String CAPTURED_ORDER =
      "{\"id\":\"5O190127TN364715T\",\"status\":\"COMPLETED\",\"purchase_units\":[{"
          + "\"payments\":{\"captures\":[{\"id\":\"3C679366HH908993F\",\"status\":\"COMPLETED\"}]"
          + "}}]}";

  private static WireMockServer paypal;
  private final UUID orderId = UUID.randomUUID();
  private final MovableClock clock = new MovableClock();

  @BeforeAll
  static void start() {
    paypal = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    paypal.start();
  }

  @AfterAll
  static void stop() {
    paypal.stop();
  }

  @BeforeEach
  void reset() {
    paypal.resetAll();
    paypal.stubFor(post("/v1/oauth2/token").willReturn(aResponse().withBody(TOKEN)));
  }

  private PayPalGateway gateway() {
    return gateway(Duration.ofSeconds(10));
  }

  private PayPalGateway gateway(Duration readTimeout) {
    return new PayPalGateway(settings(readTimeout), clock, new ObjectMapper());
  }

  private static PayPalSettings settings(Duration readTimeout) {
    return new PayPalSettings() {
      @Override
      public String apiBase() {
        return "http://127.0.0.1:" + paypal.port();
      }

      @Override
      public Optional<String> clientId() {
        return Optional.of("client-local");
      }

      @Override
      public Optional<String> clientSecret() {
        return Optional.of("secret-local");
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
        return Duration.ofDays(29);
      }
    };
  }

  private static String error(int status, String name, String issue) {
    return "{\"name\":\""
        + name
        + "\",\"message\":\"The request failed.\",\"debug_id\":\"90957fca61718\","
        + "\"details\":[{\"issue\":\""
        + issue
        + "\",\"description\":\"Refused in the test.\"}],\"status\":"
        + status
        + "}";
  }

  private static void stubAuthorize(int status, String body) {
    paypal.stubFor(
        post("/v2/checkout/orders/" + PAYPAL_ORDER + "/authorize")
            .willReturn(aResponse().withStatus(status).withBody(body)));
  }

  private GatewayOutcome authorize(PayPalGateway gateway) {
    AuthorizeRequest request = new AuthorizeRequest(orderId, PAYPAL_ORDER, TOTAL);
    return gateway.authorize(request).await().atMost(WAIT);
  }

  private GatewayOutcome perform(Operation operation) {
    OperationRequest request = new OperationRequest(orderId, operation, REFERENCE, TOTAL);
    PayPalGateway gateway = gateway();
    return switch (operation) {
      case CAPTURE -> gateway.capture(request).await().atMost(WAIT);
      case VOID -> gateway.voidAuthorization(request).await().atMost(WAIT);
      case REFUND -> gateway.refund(request).await().atMost(WAIT);
      case AUTHORIZE -> throw new IllegalArgumentException();
    };
  }

  @Test
  void anAuthorizationOfTheApprovedOrderHoldsUntilPayPalsExpiry() {
    // given
    stubAuthorize(201, String.format(AUTHORIZED_ORDER, "CREATED"));

    // when
    GatewayOutcome outcome = authorize(gateway());

    // then
    assertThat(outcome)
        .isEqualTo(new GatewayOutcome.Approved(REFERENCE, Instant.parse("2027-01-02T10:00:00Z")));
    paypal.verify(
        postRequestedFor(urlEqualTo("/v2/checkout/orders/" + PAYPAL_ORDER + "/authorize"))
            .withHeader("Authorization", equalTo("Bearer A21AAtoken"))
            .withHeader("PayPal-Request-Id", equalTo(orderId + ":authorize")));
  }

  @Test
  void aCaptureTakesTheAmountInMajorUnitsAsTheFinalCapture() {
    // given
    paypal.stubFor(
        post(AUTHORIZATIONS + "/capture")
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withBody("{\"id\":\"3C679366HH908993F\",\"status\":\"COMPLETED\"}")));

    // when
    GatewayOutcome outcome = perform(Operation.CAPTURE);

    // then
    assertThat(outcome).isEqualTo(new GatewayOutcome.Approved(REFERENCE, null));
    paypal.verify(
        postRequestedFor(urlEqualTo(AUTHORIZATIONS + "/capture"))
            .withHeader("PayPal-Request-Id", equalTo(orderId + ":capture"))
            .withRequestBody(
                equalToJson(
                    "{\"amount\":{\"currency_code\":\"EUR\",\"value\":\"37.40\"},"
                        + "\"final_capture\":true}")));
  }

  @Test
  void aVoidReleasesTheAuthorization() {
    // given
    paypal.stubFor(post(AUTHORIZATIONS + "/void").willReturn(aResponse().withStatus(204)));

    // when
    GatewayOutcome outcome = perform(Operation.VOID);

    // then
    assertThat(outcome).isEqualTo(new GatewayOutcome.Approved(REFERENCE, null));
    paypal.verify(
        postRequestedFor(urlEqualTo(AUTHORIZATIONS + "/void"))
            .withHeader("PayPal-Request-Id", equalTo(orderId + ":void")));
  }

  @Test
  void aRefundPaysBackTheCaptureOfTheOrder() {
    // given
    paypal.stubFor(
        get("/v2/checkout/orders/" + PAYPAL_ORDER)
            .willReturn(aResponse().withBody(CAPTURED_ORDER)));
    paypal.stubFor(
        post("/v2/payments/captures/3C679366HH908993F/refund")
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withBody("{\"id\":\"1JU08902781691411\",\"status\":\"COMPLETED\"}")));

    // when
    GatewayOutcome outcome = perform(Operation.REFUND);

    // then
    assertThat(outcome).isEqualTo(new GatewayOutcome.Approved(REFERENCE, null));
    paypal.verify(
        postRequestedFor(urlEqualTo("/v2/payments/captures/3C679366HH908993F/refund"))
            .withHeader("PayPal-Request-Id", equalTo(orderId + ":refund"))
            .withRequestBody(containing("\"value\":\"37.40\"")));
  }

  @ParameterizedTest
  @CsvSource({
    "INSTRUMENT_DECLINED, generic_decline",
    "PAYER_ACTION_REQUIRED, authentication_required",
    "CARD_EXPIRED, expired_card",
    "ORDER_NOT_APPROVED, order_not_approved"
  })
  void aRefusedAuthorizationIsADeclineWithTheServicesCode(String issue, String code) {
    // given
    stubAuthorize(422, error(422, "UNPROCESSABLE_ENTITY", issue));

    // when
    GatewayOutcome outcome = authorize(gateway());

    // then
    assertThat(outcome).isEqualTo(new GatewayOutcome.Declined(code, "Refused in the test."));
  }

  @Test
  void aDeniedAuthorizationIsADecline() {
    // given
    stubAuthorize(201, String.format(AUTHORIZED_ORDER, "DENIED"));

    // when
    GatewayOutcome outcome = authorize(gateway());

    // then
    assertThat(outcome).isInstanceOf(GatewayOutcome.Declined.class);
    assertThat(((GatewayOutcome.Declined) outcome).code()).isEqualTo("generic_decline");
  }

  @Test
  void aCaptureOfAnExpiredAuthorizationIsRefused() {
    // given
    paypal.stubFor(
        post(AUTHORIZATIONS + "/capture")
            .willReturn(
                aResponse()
                    .withStatus(422)
                    .withBody(error(422, "UNPROCESSABLE_ENTITY", "AUTHORIZATION_EXPIRED"))));

    // when
    GatewayOutcome outcome = perform(Operation.CAPTURE);

    // then
    assertThat(((GatewayOutcome.Declined) outcome).code()).isEqualTo("authorization_expired");
  }

  @Test
  void aValidationErrorIsAnAnswerNotATransientFailure() {
    // given
    stubAuthorize(400, error(400, "INVALID_REQUEST", "INVALID_PARAMETER_VALUE"));

    // when
    GatewayOutcome outcome = authorize(gateway());

    // then
    assertThat(outcome)
        .isEqualTo(new GatewayOutcome.Declined("invalid_parameter_value", "Refused in the test."));
  }

  @Test
  void noAnswerInTimeIsTransient() {
    // given
    paypal.stubFor(
        post("/v2/checkout/orders/" + PAYPAL_ORDER + "/authorize")
            .willReturn(aResponse().withFixedDelay(2_000).withStatus(201)));

    // when, then
    assertThatThrownBy(() -> authorize(gateway(Duration.ofMillis(300))))
        .isInstanceOf(GatewayUnavailableException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 500, 503})
  void busyOrBrokenPayPalIsTransientAndTheRetryKeepsTheKey(int status) {
    // given
    paypal.stubFor(
        post("/v2/checkout/orders/" + PAYPAL_ORDER + "/authorize")
            .inScenario("flaky")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(status))
            .willSetStateTo("recovered"));
    paypal.stubFor(
        post("/v2/checkout/orders/" + PAYPAL_ORDER + "/authorize")
            .inScenario("flaky")
            .whenScenarioStateIs("recovered")
            .willReturn(aResponse().withBody(String.format(AUTHORIZED_ORDER, "CREATED"))));
    PayPalGateway gateway = gateway();

    // when
    assertThatThrownBy(() -> authorize(gateway)).isInstanceOf(GatewayUnavailableException.class);
    GatewayOutcome retried = authorize(gateway);

    // then
    assertThat(retried).isInstanceOf(GatewayOutcome.Approved.class);
    paypal.verify(
        2,
        postRequestedFor(urlEqualTo("/v2/checkout/orders/" + PAYPAL_ORDER + "/authorize"))
            .withHeader("PayPal-Request-Id", equalTo(orderId + ":authorize")));
  }

  @Test
  void theTokenIsFetchedWithClientCredentialsAndKeptUntilItExpires() {
    // given
    stubAuthorize(201, String.format(AUTHORIZED_ORDER, "CREATED"));
    PayPalGateway gateway = gateway();
    String basic =
        Base64.getEncoder()
            .encodeToString("client-local:secret-local".getBytes(StandardCharsets.UTF_8));

    // when
    authorize(gateway);
    authorize(gateway);
    clock.advance(Duration.ofSeconds(32_400));
    authorize(gateway);

    // then
    paypal.verify(
        2,
        postRequestedFor(urlEqualTo("/v1/oauth2/token"))
            .withHeader("Authorization", equalTo("Basic " + basic))
            .withRequestBody(equalTo("grant_type=client_credentials")));
  }

  @Test
  void aRefusedTokenIsFetchedAgainOnTheRetry() {
    // given
    paypal.stubFor(
        post("/v2/checkout/orders/" + PAYPAL_ORDER + "/authorize")
            .inScenario("expired token")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(401))
            .willSetStateTo("renewed"));
    paypal.stubFor(
        post("/v2/checkout/orders/" + PAYPAL_ORDER + "/authorize")
            .inScenario("expired token")
            .whenScenarioStateIs("renewed")
            .willReturn(aResponse().withBody(String.format(AUTHORIZED_ORDER, "CREATED"))));
    PayPalGateway gateway = gateway();

    // when
    assertThatThrownBy(() -> authorize(gateway)).isInstanceOf(GatewayUnavailableException.class);
    GatewayOutcome retried = authorize(gateway);

    // then
    assertThat(retried).isInstanceOf(GatewayOutcome.Approved.class);
    paypal.verify(2, postRequestedFor(urlEqualTo("/v1/oauth2/token")));
  }

  @Test
  void noWebhookClaimsToComeFromPayPal() {
    assertThat(gateway().verifyWebhook("{}", "any")).isFalse();
  }

  /** A clock the test moves forward, to let a token expire. */
  private static final class MovableClock extends Clock {

    private Instant now = NOW;

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
