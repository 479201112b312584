package io.shoporders.order.domain;

/**
 * The longest value each text field of the customer and the payment may hold, as the database
 * columns allow; the address's limits are the contract's ({@code Address}).
 */
final class Limits {

  static final int NAME = 200;
  static final int EMAIL = 254;
  static final int LANGUAGE = 35;
  static final int TOKEN = 255;
  static final int SKU = 64;

  private Limits() {}

  /** Refuses a text longer than its limit; a missing one is left to the contracts' checks. */
  static void check(String value, int limit, String field) {
    if (value != null && value.length() > limit) {
      throw new InvalidOrderException(field, "must be at most " + limit + " characters");
    }
  }
}
