package io.shoporders.inventory.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook body so the receiver can tell it came from this shop and was not replayed: the
 * HMAC-SHA256, keyed with the destination's shared secret, of "{timestamp}.{body}". The receiver
 * recomputes it and refuses timestamps that are too old.
 */
public final class WebhookSignature {

  /** Header with the signature, as {@code sha256=<hex>}. */
  public static final String SIGNATURE_HEADER = "X-Shop-Signature";

  /** Header with the signing time in seconds since the epoch, which the signature covers. */
  public static final String TIMESTAMP_HEADER = "X-Shop-Timestamp";

  private static final String ALGORITHM = "HmacSHA256";

  private WebhookSignature() {}

  public static String sign(String secret, long epochSeconds, String body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
      byte[] digest = mac.doFinal((epochSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
      return "sha256=" + HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException unavailable) {
      // Every Java runtime must provide HmacSHA256; reaching this is a broken runtime.
      throw new IllegalStateException(ALGORITHM + " is not available", unavailable);
    }
  }
}
