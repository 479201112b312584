package io.shoporders.shipping.domain;

import io.shoporders.contracts.order.OrderLine;
import java.util.List;

/** The declared weight of an order's parcel, from the weights the order was placed with. */
public final class ParcelWeight {

  private ParcelWeight() {}

  /** Grams of all units of all lines, packaging included: unit weight times quantity, summed. */
  public static int gramsOf(List<OrderLine> lines) {
    long grams = 0;
    for (OrderLine line : lines) {
      grams =
          Math.addExact(grams, Math.multiplyExact((long) line.unitWeightGrams(), line.quantity()));
    }
    return Math.toIntExact(grams);
  }
}
