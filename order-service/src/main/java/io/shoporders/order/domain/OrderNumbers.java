package io.shoporders.order.domain;

/** Human order numbers: prefix, year and a sequence, e.g. SO-2026-000123. */
public final class OrderNumbers {

  private OrderNumbers() {}

  /** The number of the order with the given sequence value, placed in the given year. */
  public static String format(String prefix, int year, long sequence) {
    return String.format("%s-%d-%06d", prefix, year, sequence);
  }
}
