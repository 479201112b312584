package io.shoporders.inventory.domain;

/** One line of an order as inventory sees it: how many units of which sku. */
public record RequestedLine(String sku, int quantity) {

  public RequestedLine {
    if (sku == null || sku.isBlank()) {
      throw new IllegalArgumentException("sku is required");
    }
    if (quantity <= 0) {
      throw new IllegalArgumentException("quantity must be positive, got " + quantity);
    }
  }
}
