package io.shoporders.shipping.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A tracking number in the UPU S10 format: two-letter service indicator, eight-digit serial, check
 * digit and the two-letter country code of the issuing operator, e.g. {@code CA473124829IT}.
 */
public record S10TrackingNumber(String serviceIndicator, String serial, String country) {

  private static final int[] WEIGHTS = {8, 6, 4, 2, 3, 5, 9, 7};
  private static final Pattern LETTERS = Pattern.compile("[A-Z]{2}");
  private static final Pattern SERIAL = Pattern.compile("[0-9]{8}");
  private static final Pattern WHOLE = Pattern.compile("[A-Z]{2}[0-9]{9}[A-Z]{2}");

  public S10TrackingNumber {
    require(LETTERS, serviceIndicator, "serviceIndicator");
    require(SERIAL, serial, "serial");
    require(LETTERS, country, "country");
  }

  /** Reads a 13-character S10 identifier, refusing one whose check digit does not match. */
  public static S10TrackingNumber parse(String text) {
    require(WHOLE, text, "tracking number");
    S10TrackingNumber number =
        new S10TrackingNumber(text.substring(0, 2), text.substring(2, 10), text.substring(11));
    if (number.checkDigit() != text.charAt(10) - '0') {
      throw new IllegalArgumentException("check digit of " + text + " does not match");
    }
    return number;
  }

  /** The S10 check digit of an eight-digit serial: weights 8 6 4 2 3 5 9 7, modulus 11. */
  public static int checkDigitOf(String serial) {
    require(SERIAL, serial, "serial");
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (serial.charAt(i) - '0') * WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    return check == 10 ? 0 : check == 11 ? 5 : check;
  }

  public int checkDigit() {
    return checkDigitOf(serial);
  }

  @Override
  public String toString() {
    return serviceIndicator + serial + checkDigit() + country;
  }

  private static void require(Pattern pattern, String value, String field) {
    if (!pattern.matcher(Objects.requireNonNull(value, field + " is required")).matches()) {
      throw new IllegalArgumentException(field + " is not in the S10 format: " + value);
    }
  }
}
