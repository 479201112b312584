package io.shoporders.notification.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TwilioSmsProviderTest {

  private static final String MESSAGES = "/2010-04-01/Accounts/AC123/Messages.json";

  private WireMockServer provider;
  private TwilioSmsProvider sms;

  @BeforeEach
  void startProvider() {
    provider = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    provider.start();
    sms =
        new TwilioSmsProvider(
            HttpClient.newHttpClient(),
            provider.baseUrl() + "/2010-04-01",
            "AC123",
            "secret-token",
            "+15005550006",
            Duration.ofSeconds(5));
  }

  @AfterEach
  void stopProvider() {
    provider.stop();
  }

  @Test
  void postsTheTextAsAFormWithBasicAuth() {
    // given
    provider.stubFor(post(MESSAGES).willReturn(aResponse().withStatus(201).withBody("{}")));

    // when
    sms.send("+393331234567", "Ordine SO-1 partito: è già in viaggio").await().indefinitely();

    // then
    provider.verify(
        postRequestedFor(urlEqualTo(MESSAGES))
            // "AC123:secret-token" in base 64
            .withHeader("Authorization", equalTo("Basic QUMxMjM6c2VjcmV0LXRva2Vu"))
            .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
            .withFormParam("To", equalTo("+393331234567"))
            .withFormParam("From", equalTo("+15005550006"))
            .withFormParam("Body", equalTo("Ordine SO-1 partito: è già in viaggio")));
  }

  @Test
  void anInvalidNumberIsAPermanentFailure() {
    // given
    provider.stubFor(
        post(MESSAGES)
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody("{\"code\": 21211, \"message\": \"Invalid 'To' Phone Number\"}")));

    // when
    SendFailure failure = failureOf("+393331234567");

    // then
    assertThat(failure.reason()).isEqualTo("invalid_phone");
    assertThat(failure.permanent()).isTrue();
  }

  @Test
  void anOverloadedOrFailingProviderIsATransientFailure() {
    // given
    provider.stubFor(post(MESSAGES).willReturn(aResponse().withStatus(503)));

    // when
    SendFailure failure = failureOf("+393331234567");

    // then
    assertThat(failure.reason()).isEqualTo("provider_unavailable");
    assertThat(SendFailure.isTransient(failure)).isTrue();
  }

  @Test
  void anUnreachableProviderIsATransientFailure() {
    // given
    provider.stop();

    // when
    SendFailure failure = failureOf("+393331234567");

    // then
    assertThat(failure.reason()).isEqualTo("provider_unavailable");
    assertThat(SendFailure.isTransient(failure)).isTrue();
  }

  @Test
  void anyOtherRefusalIsPermanent() {
    // given
    provider.stubFor(
        post(MESSAGES).willReturn(aResponse().withStatus(401).withBody("{\"code\": 20003}")));

    // when
    SendFailure failure = failureOf("+393331234567");

    // then
    assertThat(failure.reason()).isEqualTo("provider_rejected");
    assertThat(failure.permanent()).isTrue();
  }

  private SendFailure failureOf(String phone) {
    return catchThrowableOfType(
        SendFailure.class, () -> sms.send(phone, "text").await().atMost(Duration.ofSeconds(10)));
  }
}
