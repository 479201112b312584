package io.shoporders.payment.gateway.stripe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Stripe adapter against a local WireMock server that answers as Stripe's API documents. */
class StripeGatewayTest {

  private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
  private static final Money TOTAL = Money.ofMinor(37_40, "EUR");
  private static final Duration WAIT = Duration.ofSeconds(40);
  private static final String INTENT =
      "{\"id\":\"pi_3Q1\",\"object\":\"payment_intent\",\"amount\":3740,\"currency\":\"eur\","
          + "\"capture_method\":\"manual\",\"status\":\"%s\"}";
  private static final String REFUND =
      "{\"id\":\"re_3Q1\",\"object\":\"refund\",\"amount\":3740,\"currency\":\"eur\","
          + "\"payment_intent\":\"pi_3Q1\",\"status\":\"succeeded\"}";

  private static WireMockServer stripe;
  private final UUID orderId = UUID.randomUUID();

  @BeforeAll
  static void start() {
    stripe = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    stripe.start();
  }

  @AfterAll
  static void stop() {
    stripe.stop();
  }

  @BeforeEach
  void reset() {
    stripe.resetAll();
  }

  private static StripeGateway gateway() {
    return gateway(stripe.port());
  }

  private static StripeGateway gateway(int port) {
    return gateway(port, Duration.ofSeconds(30));
  }

  /** The first call of the SDK is slow on a busy machine, hence the patient default. */
  private static StripeGateway gateway(int port, Duration readTimeout) {
    return new StripeGateway(settings(port, readTimeout), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static StripeSettings settings(int port, Duration readTimeout) {
    return new StripeSettings() {
      @Override
      public String apiBase() {
        return "http://127.0.0.1:" + port;
      }

      @Override
      public Optional<String> apiKey() {
        return Optional.of("sk_test_local");
      }

      @Override
      public Optional<String> webhookSecret() {
        return Optional.of("whsec_local");
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

      @Override
      public Duration webhookTolerance() {
        return Duration.ofMinutes(5);
      }
    };
  }

  private static String intent(String status) {
    return String.format(INTENT, status);
  }

  private static String cardError(String code, String declineCode) {
    String decline = declineCode.isEmpty() ? "" : ",\"decline_code\":\"" + declineCode + "\"";
    return "{\"error\":{\"type\":\"card_error\",\"code\":\""
        + code
        + "\""
        + decline
        + ",\"message\":\"The card was refused.\"}}";
  }

  private GatewayOutcome authorize() {
    AuthorizeRequest request = new AuthorizeRequest(orderId, "pm_card_visa", TOTAL);
    return gateway().authorize(request).await().atMost(WAIT);
  }

  private GatewayOutcome perform(Operation operation) {
    OperationRequest request = new OperationRequest(orderId, operation, "pi_3Q1", TOTAL);
    return switch (operation) {
      case CAPTURE -> gateway().capture(request).await().atMost(WAIT);
      case VOID -> gateway().voidAuthorization(request).await().atMost(WAIT);
      case REFUND -> gateway().refund(request).await().atMost(WAIT);
      case AUTHORIZE -> throw new IllegalArgumentException();
    };
  }

  @Test
  void anAuthorizationIsAConfirmedPaymentIntentWithManualCapture() {
    // given
    stripe.stubFor(
        post("/v1/payment_intents")
            .willReturn(aResponse().withStatus(200).withBody(intent("requires_capture"))));

    // when
    GatewayOutcome outcome = authorize();

    // then
    assertThat(outcome)
        .isEqualTo(new GatewayOutcome.Approved("pi_3Q1", NOW.plus(Duration.ofDays(7))));
    stripe.verify(
        postRequestedFor(urlEqualTo("/v1/payment_intents"))
            .withHeader("Authorization", equalTo("Bearer sk_test_local"))
            .withHeader("Idempotency-Key", equalTo(orderId + ":authorize"))
            .withRequestBody(containing("amount=3740"))
            .withRequestBody(containing("currency=eur"))
            .withRequestBody(containing("payment_method=pm_card_visa"))
            .withRequestBody(containing("capture_method=manual"))
            .withRequestBody(containing("confirm=true")));
  }

  @ParameterizedTest
  @CsvSource({
    "card_declined, generic_decline, generic_decline",
    "card_declined, insufficient_funds, insufficient_funds",
    "card_declined, lost_card, lost_card",
    "card_declined, stolen_card, stolen_card",
    "card_declined, fraudulent, fraudulent",
    "card_declined, card_velocity_exceeded, card_velocity_exceeded",
    "expired_card, '', expired_card",
    "incorrect_cvc, '', incorrect_cvc",
    "processing_error, '', processing_error"
  })
  void eachCardErrorIsADeclineWithStripesCode(String code, String declineCode, String expected) {
    // given
    stripe.stubFor(
        post("/v1/payment_intents")
            .willReturn(aResponse().withStatus(402).withBody(cardError(code, declineCode))));

    // when
    GatewayOutcome outcome = authorize();

    // then
    assertThat(outcome).isInstanceOf(GatewayOutcome.Declined.class);
    assertThat(((GatewayOutcome.Declined) outcome).code()).isEqualTo(expected);
  }

  @Test
  void aCardAskingFor3dSecureIsDeclinedAsAuthenticationRequired() {
    // given
    stripe.stubFor(
        post("/v1/payment_intents")
            .willReturn(aResponse().withStatus(200).withBody(intent("requires_action"))));

    // when
    GatewayOutcome outcome = authorize();

    // then
    assertThat(((GatewayOutcome.Declined) outcome).code()).isEqualTo("authentication_required");
  }

  @Test
  void anAnswerSlowerThanTheReadTimeoutIsTransient() {
    // given: a server of its own, whose stalled answer cannot hold up the other tests
    WireMockServer slow = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    slow.start();
    slow.stubFor(
        post("/v1/payment_intents")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withFixedDelay(6000)
                    .withBody(intent("requires_capture"))));
    AuthorizeRequest request = new AuthorizeRequest(orderId, "pm_card_visa", TOTAL);

    // when / then
    try {
      assertThatThrownBy(
              () ->
                  gateway(slow.port(), Duration.ofSeconds(2))
                      .authorize(request)
                      .await()
                      .atMost(Duration.ofSeconds(20)))
          .isInstanceOf(GatewayUnavailableException.class);
    } finally {
      slow.stop();
    }
  }

  @Test
  void aServerErrorIsTransientAndTheRetryWithTheSameKeyGetsTheAnswer() {
    // given
    stripe.stubFor(
        post("/v1/payment_intents")
            .inScenario("flaky")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withBody("{\"error\":{\"type\":\"api_error\",\"message\":\"boom\"}}"))
            .willSetStateTo("recovered"));
    stripe.stubFor(
        post("/v1/payment_intents")
            .inScenario("flaky")
            .whenScenarioStateIs("recovered")
            .willReturn(aResponse().withStatus(200).withBody(intent("requires_capture"))));

    // when
    assertThatThrownBy(this::authorize).isInstanceOf(GatewayUnavailableException.class);
    GatewayOutcome retried = authorize();

    // then
    assertThat(retried).isInstanceOf(GatewayOutcome.Approved.class);
    stripe.verify(
        2,
        postRequestedFor(urlEqualTo("/v1/payment_intents"))
            .withHeader("Idempotency-Key", equalTo(orderId + ":authorize")));
  }

  @Test
  void captureVoidAndRefundCarryTheirOwnIdempotencyKeys() {
    // given
    stripe.stubFor(
        post("/v1/payment_intents/pi_3Q1/capture")
            .willReturn(aResponse().withStatus(200).withBody(intent("succeeded"))));
    stripe.stubFor(
        post("/v1/payment_intents/pi_3Q1/cancel")
            .willReturn(aResponse().withStatus(200).withBody(intent("canceled"))));
    stripe.stubFor(post("/v1/refunds").willReturn(aResponse().withStatus(200).withBody(REFUND)));

    // when
    GatewayOutcome captured = perform(Operation.CAPTURE);
    GatewayOutcome voided = perform(Operation.VOID);
    GatewayOutcome refunded = perform(Operation.REFUND);

    // then
    assertThat(captured).isEqualTo(new GatewayOutcome.Approved("pi_3Q1", null));
    assertThat(voided).isEqualTo(captured);
    assertThat(refunded).isEqualTo(captured);
    stripe.verify(
        postRequestedFor(urlEqualTo("/v1/payment_intents/pi_3Q1/capture"))
            .withHeader("Idempotency-Key", equalTo(orderId + ":capture"))
            .withRequestBody(containing("amount_to_capture=3740")));
    stripe.verify(
        postRequestedFor(urlEqualTo("/v1/payment_intents/pi_3Q1/cancel"))
            .withHeader("Idempotency-Key", equalTo(orderId + ":void")));
    stripe.verify(
        postRequestedFor(urlEqualTo("/v1/refunds"))
            .withHeader("Idempotency-Key", equalTo(orderId + ":refund"))
            .withRequestBody(containing("payment_intent=pi_3Q1")));
  }

  @Test
  void aCaptureOfALapsedIntentIsAFailureWithStripesCode() {
    // given
    stripe.stubFor(
        post("/v1/payment_intents/pi_3Q1/capture")
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        "{\"error\":{\"type\":\"invalid_request_error\","
                            + "\"code\":\"payment_intent_unexpected_state\","
                            + "\"message\":\"The intent was canceled.\"}}")));

    // when
    GatewayOutcome outcome = perform(Operation.CAPTURE);

    // then
    assertThat(((GatewayOutcome.Declined) outcome).code())
        .isEqualTo("payment_intent_unexpected_state");
  }

  @Test
  void aWebhookSignedWithTheEndpointSecretIsAcceptedAndATamperedOneIsNot() throws Exception {
    // given
    String payload = "{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"charge.captured\"}";
    long timestamp = NOW.getEpochSecond();
    String header = "t=" + timestamp + ",v1=" + hmac("whsec_local", timestamp + "." + payload);

    // when / then
    assertThat(gateway().verifyWebhook(payload, header)).isTrue();
    assertThat(gateway().verifyWebhook(payload + " ", header)).isFalse();
    assertThat(gateway().verifyWebhook(payload, "t=" + timestamp + ",v1=00")).isFalse();
  }

  private static String hmac(String secret, String text) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
  }
}
