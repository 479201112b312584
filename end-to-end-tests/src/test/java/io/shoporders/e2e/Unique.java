package io.shoporders.e2e;

import java.util.UUID;

/**
 * Names no other test uses. Letters only: order-service refuses text in which a run of digits could
 * be a card number, and a random UUID's digits sometimes pass the Luhn check.
 */
final class Unique {

  private Unique() {}

  /** Eight random letters, lower case. */
  static String letters() {
    StringBuilder letters = new StringBuilder();
    for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
      letters.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
    }
    return letters.toString();
  }

  /** An address at example.com that no earlier order used. */
  static String email(String who) {
    return who + "." + letters() + "@example.com";
  }

  /** A sku for this test only, e.g. E2E-MOKA-QWERTYUI. */
  static String sku(String product) {
    return "E2E-" + product + "-" + letters().toUpperCase();
  }
}
