package io.shoporders.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks used by the records' compact constructors. Every message starts with the field's name, so
 * the codec can prefix the path of the field in the JSON ("payload.lines[0].sku is required").
 */
public final class Require {

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*");

  /** The longest sku: it becomes the Kafka key and the outbox's varchar(64) aggregate_id. */
  public static final int MAX_SKU_LENGTH = 64;

  private Require() {}

  /** The value, or a NullPointerException that names the missing field. */
  public static <T> T present(T value, String field) {
    if (value == null) {
      throw new NullPointerException(field + " is required");
    }
    return value;
  }

  /** A present, non-blank text. */
  public static String text(String value, String field) {
    if (present(value, field).isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }

  /**
   * Null, or a text a person wrote for a label or a letter: no control characters (PostgreSQL
   * refuses a NUL, a carrier a line break) and nothing that looks like a payment card number.
   */
  public static String personalText(String value, String field) {
    if (value == null) {
      return null;
    }
    if (value.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(field + " must not contain control characters");
    }
    if (CardNumbers.appearIn(value)) {
      throw new IllegalArgumentException(field + " must not hold a payment card number");
    }
    return value;
  }

  /** Null, or a non-blank text: an optional field is absent, never empty. */
  public static String optionalText(String value, String field) {
    return value == null ? null : text(value, field);
  }

  /** A machine-readable code in lower snake case, such as {@code insufficient_funds}. */
  public static String code(String value, String field) {
    if (!CODE.matcher(present(value, field)).matches()) {
      throw new IllegalArgumentException(field + " must be a lower_snake_case code, got " + value);
    }
    return value;
  }

  /** A stock keeping unit: non-blank and at most {@value #MAX_SKU_LENGTH} characters. */
  public static String sku(String value, String field) {
    if (text(value, field).length() > MAX_SKU_LENGTH) {
      throw new IllegalArgumentException(
          field + " must be at most " + MAX_SKU_LENGTH + " characters, got " + value.length());
    }
    return value;
  }

  /** A count of at least one. */
  public static int positive(int value, String field) {
    if (value <= 0) {
      throw new IllegalArgumentException(field + " must be positive, got " + value);
    }
    return value;
  }

  /** A count or measure that may be zero. */
  public static int notNegative(int value, String field) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must not be negative, got " + value);
    }
    return value;
  }

  /** A number within bounds, both included. */
  public static int between(int value, int min, int max, String field) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          field + " must be between " + min + " and " + max + ", got " + value);
    }
    return value;
  }

  /** An immutable copy of a list that has at least one element and no null element. */
  public static <T> List<T> nonEmpty(List<T> values, String field) {
    if (present(values, field).isEmpty()) {
      throw new IllegalArgumentException(field + " must not be empty");
    }
    List<T> copy = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      copy.add(present(values.get(i), field + "[" + i + "]"));
    }
    return List.copyOf(copy);
  }
}
