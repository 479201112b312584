package io.shoporders.contracts.inventory;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.shoporders.contracts.Require;

/** A quantity of one sku. */
@JsonClassDescription("A quantity of one sku.")
public record StockLine(
    @JsonPropertyDescription("Stock keeping unit.") String sku,
    @JsonPropertyDescription("Units, at least 1.") int quantity) {

  public StockLine {
    Require.sku(sku, "sku");
    Require.positive(quantity, "quantity");
  }
}
