package io.shoporders.inventory.api;

/**
 * An operator's change of a sku's stock. To set: {@code onHand} (and optionally {@code
 * safetyStock}); to adjust: {@code delta}. Always with a reason, kept with the change.
 */
record StockChange(Integer onHand, Integer safetyStock, Integer delta, String reason) {

  private static final int MAX_REASON_LENGTH = 200;

  String checkedReason() {
    if (reason == null || reason.isBlank()) {
      throw new InvalidRequestException("reason", "reason is required");
    }
    if (reason.length() > MAX_REASON_LENGTH) {
      throw new InvalidRequestException("reason", "reason must be at most 200 characters");
    }
    return reason;
  }
}
