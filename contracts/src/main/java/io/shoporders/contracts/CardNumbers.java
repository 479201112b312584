package io.shoporders.contracts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots text that looks like a payment card number, so that one never enters the system. A run of
 * 13 to 19 digits, perhaps grouped by spaces or dashes, that passes the Luhn check counts; a run
 * that starts with '+' is a phone number in E.164 form and does not.
 */
public final class CardNumbers {

  private static final Pattern DIGIT_RUN = Pattern.compile("(?<![0-9+])[0-9](?:[ -]?[0-9]){12,18}");

  private CardNumbers() {}

  /** Whether the text contains something that looks like a card number. */
  public static boolean appearIn(String text) {
    Matcher run = DIGIT_RUN.matcher(text);
    while (run.find()) {
      if (passesLuhn(run.group().replaceAll("[ -]", ""))) {
        return true;
      }
    }
    return false;
  }

  private static boolean passesLuhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      sum += i % 2 == 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit;
    }
    return sum % 10 == 0;
  }
}
