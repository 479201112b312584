package io.shoporders.shipping.domain;

import io.shoporders.contracts.order.Address;
import java.util.Optional;

/** The checks a parcel passes before any carrier is called, so none is asked in vain. */
public final class ParcelCheck {

  private ParcelCheck() {}

  /** Why the parcel cannot go to this carrier as it is, or empty when it can. */
  public static Optional<FailureReason> problemOf(
      Address recipient, int weightGrams, CarrierLimits limits) {
    if (weightGrams <= 0) {
      return Optional.of(FailureReason.PARCEL_WEIGHT_MISSING);
    }
    if (weightGrams > limits.maxWeightGrams()) {
      return Optional.of(FailureReason.PARCEL_TOO_HEAVY);
    }
    if (LabelAddress.fit(recipient, limits).isEmpty()) {
      return Optional.of(FailureReason.ADDRESS_NEEDS_REVIEW);
    }
    return Optional.empty();
  }
}
