package io.shoporders.shipping.domain;

import java.util.Locale;

/** Why a label could not be made, as the lower_snake_case codes LabelFailed carries. */
public enum FailureReason {
  /** The address does not fit the carrier's fields or has no Latin spelling: a person decides. */
  ADDRESS_NEEDS_REVIEW(false),
  /** The parcel is heavier than the carrier takes: a person splits it or picks another carrier. */
  PARCEL_TOO_HEAVY(false),
  /** The order lines declare no weight at all, and a carrier will not take a parcel of 0 g. */
  PARCEL_WEIGHT_MISSING(false),
  /** The carrier refused the request as invalid. */
  CARRIER_REJECTED(false),
  /** The carrier timed out or failed on its side on every attempt: trying later may work. */
  CARRIER_UNAVAILABLE(true);

  private final boolean retryable;

  FailureReason(boolean retryable) {
    this.retryable = retryable;
  }

  /** Whether the same request may succeed later without anybody changing it. */
  public boolean retryable() {
    return retryable;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
