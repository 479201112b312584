package io.shoporders.contracts.order;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.shoporders.contracts.Require;
import io.shoporders.contracts.money.Money;

/** One product of an order, priced when the order was placed. Prices include VAT. */
@JsonClassDescription("One product of an order, priced when it was placed; prices include VAT.")
public record OrderLine(
    @JsonPropertyDescription("Stock keeping unit, at most 64 characters.") String sku,
    @JsonPropertyDescription("Product name as the customer saw it.") String name,
    @JsonPropertyDescription("Units ordered, at least 1.") int quantity,
    @JsonPropertyDescription("Gross price of one unit, VAT included.") Money unitPrice,
    @JsonPropertyDescription("VAT rate in basis points: 2200 is 22%, 0 for exempt goods.")
        int vatRateBasisPoints,
    @JsonPropertyDescription("unitPrice times quantity, VAT included.") Money lineTotal,
    @JsonPropertyDescription("Weight of one unit in grams, packaging included.")
        int unitWeightGrams) {

  /** 100% in basis points: no VAT rate is higher. */
  public static final int MAX_VAT_RATE_BASIS_POINTS = 10_000;

  public OrderLine {
    Require.sku(sku, "sku");
    Require.text(name, "name");
    Require.positive(quantity, "quantity");
    Require.present(unitPrice, "unitPrice");
    Require.between(vatRateBasisPoints, 0, MAX_VAT_RATE_BASIS_POINTS, "vatRateBasisPoints");
    requireLineTotal(Require.present(lineTotal, "lineTotal"), unitPrice.times(quantity));
    Require.notNegative(unitWeightGrams, "unitWeightGrams");
  }

  /** A line whose total is computed, so it cannot disagree with price and quantity. */
  public static OrderLine of(
      String sku, String name, int quantity, Money unitPrice, int vatRate, int unitWeightGrams) {
    Money total = Require.present(unitPrice, "unitPrice").times(quantity);
    return new OrderLine(sku, name, quantity, unitPrice, vatRate, total, unitWeightGrams);
  }

  private static void requireLineTotal(Money lineTotal, Money expected) {
    if (!lineTotal.equals(expected)) {
      throw new IllegalArgumentException(
          "lineTotal must be unitPrice x quantity = " + expected + ", got " + lineTotal);
    }
  }
}
