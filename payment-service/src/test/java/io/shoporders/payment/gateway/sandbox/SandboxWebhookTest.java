package io.shoporders.payment.gateway.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SandboxWebhookTest {

  private static final String PAYLOAD = "{\"type\":\"payment.captured\",\"reference\":\"sbx_1\"}";

  private static SandboxGateway gateway(Optional<String> secret) {
    SandboxSettings settings =
        new SandboxSettings() {
          @Override
          public Duration holdWindow() {
            return Duration.ofDays(7);
          }

          @Override
          public Optional<String> webhookSecret() {
            return secret;
          }
        };
    return new SandboxGateway(settings, Clock.systemUTC());
  }

  private static String sign(String secret, String payload) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aPayloadSignedWithTheSecretIsAccepted() throws Exception {
    // given
    SandboxGateway gateway = gateway(Optional.of("s3cr3t"));

    // when / then
    assertThat(gateway.verifyWebhook(PAYLOAD, sign("s3cr3t", PAYLOAD))).isTrue();
  }

  @Test
  void aTamperedPayloadOrAnotherSecretIsRefused() throws Exception {
    // given
    SandboxGateway gateway = gateway(Optional.of("s3cr3t"));

    // when / then
    assertThat(gateway.verifyWebhook(PAYLOAD + " ", sign("s3cr3t", PAYLOAD))).isFalse();
    assertThat(gateway.verifyWebhook(PAYLOAD, sign("other", PAYLOAD))).isFalse();
    assertThat(gateway.verifyWebhook(PAYLOAD, null)).isFalse();
  }

  @Test
  void withoutASecretNoWebhookIsAccepted() throws Exception {
    // given
    SandboxGateway gateway = gateway(Optional.empty());

    // when / then
    assertThat(gateway.verifyWebhook(PAYLOAD, sign("any", PAYLOAD))).isFalse();
  }
}
