package io.shoporders.inventory.domain;

import io.shoporders.contracts.Require;
import io.shoporders.contracts.inventory.ShipsFrom;
import io.shoporders.contracts.money.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * A product as an operator describes it, through the API or a catalogue file, before it is checked.
 * Boxed fields may be null, so that a missing value is reported by name instead of reading as zero.
 * {@link #problems()} lists every broken field at once.
 */
public record ProductSpec(
    String sku,
    String name,
    Long unitPriceMinor,
    String currency,
    Integer vatRateBasisPoints,
    Integer weightGrams,
    Integer lengthMm,
    Integer widthMm,
    Integer heightMm,
    Boolean active,
    String shipsFrom,
    String supplier) {

  public static final int MAX_NAME_LENGTH = 200;
  public static final int MAX_SUPPLIER_LENGTH = 100;

  /** Every field that is missing or out of range; empty when the product may be saved. */
  public List<FieldError> problems() {
    List<FieldError> problems = new ArrayList<>();
    text(problems, "sku", sku, Require.MAX_SKU_LENGTH);
    text(problems, "name", name, MAX_NAME_LENGTH);
    price(problems);
    range(problems, "vatRateBasisPoints", vatRateBasisPoints, 10_000);
    range(problems, "weightGrams", weightGrams, Integer.MAX_VALUE);
    range(problems, "lengthMm", lengthMm, Integer.MAX_VALUE);
    range(problems, "widthMm", widthMm, Integer.MAX_VALUE);
    range(problems, "heightMm", heightMm, Integer.MAX_VALUE);
    if (active == null) {
      problems.add(new FieldError("active", "active is required"));
    }
    origin(problems);
    return problems;
  }

  /** Where the product ships from; call only when {@link #problems()} is empty. */
  public ShipsFrom origin() {
    return new ShipsFrom(ShipsFrom.Kind.valueOf(shipsFrom), supplier);
  }

  public Money unitPrice() {
    return Money.ofMinor(unitPriceMinor, currency);
  }

  private void price(List<FieldError> problems) {
    if (unitPriceMinor == null || unitPriceMinor < 0) {
      problems.add(new FieldError("unitPriceMinor", "unitPriceMinor must be 0 or more"));
    }
    try {
      Money.ofMinor(0, currency);
    } catch (RuntimeException invalid) {
      problems.add(new FieldError("currency", "currency must be an ISO 4217 code"));
    }
  }

  private void origin(List<FieldError> problems) {
    if (!"WAREHOUSE".equals(shipsFrom) && !"DROPSHIP".equals(shipsFrom)) {
      problems.add(new FieldError("shipsFrom", "shipsFrom must be WAREHOUSE or DROPSHIP"));
    } else if ("DROPSHIP".equals(shipsFrom) && (supplier == null || supplier.isBlank())) {
      problems.add(new FieldError("supplier", "supplier is required for DROPSHIP"));
    } else if ("WAREHOUSE".equals(shipsFrom) && supplier != null) {
      problems.add(new FieldError("supplier", "supplier must be absent for WAREHOUSE"));
    } else if (supplier != null && supplier.length() > MAX_SUPPLIER_LENGTH) {
      problems.add(new FieldError("supplier", "supplier must be at most 100 characters"));
    }
  }

  private static void text(List<FieldError> problems, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldError(field, field + " is required"));
    } else if (value.length() > max) {
      problems.add(new FieldError(field, field + " must be at most " + max + " characters"));
    }
  }

  private static void range(List<FieldError> problems, String field, Integer value, int max) {
    if (value == null || value < 0 || value > max) {
      problems.add(new FieldError(field, field + " must be between 0 and " + max));
    }
  }
}
