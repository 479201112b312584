package io.shoporders.payment.fraud;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * One-way digests that let the velocity rules count orders per e-mail address and per payment
 * method without storing either: the database never holds a token or an address.
 */
public final class Fingerprints {

  private Fingerprints() {}

  /** The same for every spelling of one address' case. */
  public static String ofEmail(String email) {
    return sha256("email:" + email.trim().toLowerCase(Locale.ROOT));
  }

  /** The same for every order paid with one gateway's token. */
  public static String ofPaymentMethod(String gateway, String token) {
    return sha256("card:" + gateway + ":" + token);
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256.
      throw new IllegalStateException(e);
    }
  }
}
