package io.shoporders.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  @Test
  void signatureIsTheHmacSha256OfTimestampDotBody() {
    String signature = WebhookSignature.sign("test-secret", 1_767_225_600L, "{\"orderId\":\"x\"}");

    // Computed independently with Python's hmac module.
    assertThat(signature)
        .isEqualTo("sha256=bfa537c7547077ed2effb084a2d4b41dd0f579cb80d75403ba3e8f8b76d910f7");
  }

  @Test
  void anotherTimestampGivesAnotherSignature() {
    String first = WebhookSignature.sign("test-secret", 1L, "{}");
    String second = WebhookSignature.sign("test-secret", 2L, "{}");

    assertThat(first).isNotEqualTo(second);
  }
}
