package io.shoporders.inventory.api;

import io.shoporders.inventory.domain.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * An operator's change of a sku's stock. To set: {@code onHand} (and optionally {@code
 * safetyStock}); to adjust: {@code delta}. Always with a reason, kept with the change.
 */
record StockChange(Integer onHand, Integer safetyStock, Integer delta, String reason) {

  private static final int MAX_REASON_LENGTH = 200;

  /**
   * Refuses a count that is not one: on hand missing, or on hand or the safety stock below zero.
   * Such a value is invalid input, whatever the stock holds; the stock rules judge only the rest.
   */
  void checkCount() {
    List<FieldError> errors = new ArrayList<>();
    if (onHand == null) {
      errors.add(new FieldError("onHand", "onHand is required"));
    }
    notNegative(errors, "onHand", onHand);
    notNegative(errors, "safetyStock", safetyStock);
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
  }

  String checkedReason() {
    if (reason == null || reason.isBlank()) {
      throw new InvalidRequestException("reason", "reason is required");
    }
    if (reason.length() > MAX_REASON_LENGTH) {
      throw new InvalidRequestException("reason", "reason must be at most 200 characters");
    }
    return reason;
  }

  private static void notNegative(List<FieldError> errors, String field, Integer units) {
    if (units != null && units < 0) {
      errors.add(new FieldError(field, field + " must be 0 or more"));
    }
  }
}
