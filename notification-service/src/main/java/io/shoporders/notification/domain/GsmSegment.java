package io.shoporders.notification.domain;

/**
 * The length rules of one SMS segment. A text written only in the GSM 03.38 alphabet fits 160
 * characters (those of the extension table count twice); any other character makes the whole text
 * UCS-2, which fits 70.
 */
public final class GsmSegment {

  static final int GSM_LIMIT = 160;
  static final int UCS2_LIMIT = 70;

  private static final String BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  private static final String EXTENSION = "\f^{}\\[~]|€";

  private GsmSegment() {}

  /** Whether {@code text} goes out as a single segment. */
  public static boolean fitsOne(String text) {
    int septets = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (BASIC.indexOf(c) >= 0) {
        septets += 1;
      } else if (EXTENSION.indexOf(c) >= 0) {
        septets += 2;
      } else {
        // UCS-2 counts UTF-16 code units: a character outside the BMP takes two of the 70.
        return text.length() <= UCS2_LIMIT;
      }
    }
    return septets <= GSM_LIMIT;
  }
}
