package io.shoporders.order.domain;

/**
 * The longest value each text field of an order may hold, as the database columns allow and the
 * carriers' label formats expect.
 */
final class Limits {

  static final int NAME = 200;
  static final int EMAIL = 254;
  static final int LANGUAGE = 35;
  static final int STREET = 100;
  static final int POSTAL_CODE = 20;
  static final int CITY = 100;
  static final int PROVINCE = 50;
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
