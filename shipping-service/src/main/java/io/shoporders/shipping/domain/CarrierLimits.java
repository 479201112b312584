package io.shoporders.shipping.domain;

/**
 * What a carrier's label fields and trucks take.
 *
 * @param lineLength characters per name, street and city field, 35 at most carriers
 * @param streetLines street fields the carrier offers
 * @param maxWeightGrams heaviest parcel the carrier accepts
 */
public record CarrierLimits(int lineLength, int streetLines, int maxWeightGrams) {

  public CarrierLimits {
    if (lineLength < 1 || streetLines < 1 || maxWeightGrams < 1) {
      throw new IllegalArgumentException("carrier limits must be positive");
    }
  }
}
