package io.shoporders.contracts.inventory;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.shoporders.contracts.Require;

/** Units of one sku set aside for an order, and where they ship from. */
@JsonClassDescription("Units of one sku set aside for the order, and where they ship from.")
public record ReservedLine(
    @JsonPropertyDescription("Stock keeping unit.") String sku,
    @JsonPropertyDescription("Units reserved: all that the order line asked for.") int quantity,
    @JsonPropertyDescription("Where these units leave from.") ShipsFrom shipsFrom) {

  public ReservedLine {
    Require.sku(sku, "sku");
    Require.positive(quantity, "quantity");
    Require.present(shipsFrom, "shipsFrom");
  }
}
