package io.shoporders.inventory.domain;

/**
 * The units of one sku: on hand in the warehouse, reserved for paid orders, and a safety stock that
 * is never sold. Immutable: every change returns the new level, so a rejected change leaves the old
 * one untouched.
 */
public record StockLevel(String sku, int onHand, int reserved, int safetyStock) {

  public StockLevel {
    requireNotNegative(onHand, "onHand");
    requireNotNegative(reserved, "reserved");
    requireNotNegative(safetyStock, "safetyStock");
    if (reserved > onHand) {
      throw new StockRuleException(
          "onHand", "onHand " + onHand + " is below the " + reserved + " units reserved");
    }
  }

  /** An empty shelf: what a sku that is not stocked counts as. */
  public static StockLevel none(String sku) {
    return new StockLevel(sku, 0, 0, 0);
  }

  /** Units that may still be sold: never negative, even when the safety stock exceeds the rest. */
  public int available() {
    return Math.max(0, onHand - reserved - safetyStock);
  }

  public StockLevel reserve(int quantity) {
    if (quantity > available()) {
      throw new StockRuleException("quantity", sku + " has only " + available() + " available");
    }
    return new StockLevel(sku, onHand, reserved + quantity, safetyStock);
  }

  /** The units go back on sale: the order was cancelled before they shipped. */
  public StockLevel release(int quantity) {
    return new StockLevel(sku, onHand, reserved - quantity, safetyStock);
  }

  /** Reserved units leave the warehouse for good: the order was paid and ships. */
  public StockLevel ship(int quantity) {
    return new StockLevel(sku, onHand - quantity, reserved - quantity, safetyStock);
  }

  /** Shipped units come back on hand: a cancellation crossed the capture. */
  public StockLevel restock(int quantity) {
    return new StockLevel(sku, onHand + quantity, reserved, safetyStock);
  }

  /** An operator counted the shelf. */
  public StockLevel withOnHand(int counted) {
    return new StockLevel(sku, counted, reserved, safetyStock);
  }

  /** An operator added or removed units, e.g. a delivery arrived or goods were damaged. */
  public StockLevel adjustedBy(int delta) {
    long adjusted = (long) onHand + delta;
    if (adjusted > Integer.MAX_VALUE) {
      throw new StockRuleException(
          "delta", "delta would take onHand past " + Integer.MAX_VALUE + ", the most it counts");
    }
    return withOnHand((int) adjusted);
  }

  public StockLevel withSafetyStock(int units) {
    return new StockLevel(sku, onHand, reserved, units);
  }

  private static void requireNotNegative(int value, String field) {
    if (value < 0) {
      throw new StockRuleException(field, field + " must not be negative, got " + value);
    }
  }
}
