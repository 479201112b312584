package io.shoporders.contracts.inventory;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.Require;
import io.shoporders.contracts.money.Money;
import io.shoporders.contracts.order.OrderLine;

/**
 * A product was created or changed in the catalogue. It belongs to no order: its envelope has no
 * order id and no cause, and its Kafka key is the sku, so the changes of one product stay in order.
 */
@JsonClassDescription(
    "A product was created or changed in the catalogue: the whole current state, not a diff."
        + " Keyed by sku; belongs to no order.")
public record ProductChanged(
    @JsonPropertyDescription("Stock keeping unit, at most 64 characters; the Kafka key.")
        String sku,
    @JsonPropertyDescription("Product name shown to customers.") String name,
    @JsonPropertyDescription("Gross price of one unit, VAT included.") Money unitPrice,
    @JsonPropertyDescription("VAT rate in basis points: 2200 is 22%.") int vatRateBasisPoints,
    @JsonPropertyDescription("Weight of one unit in grams, packaging included.") int weightGrams,
    @JsonPropertyDescription("Whether new orders may buy it; false hides it from the shop.")
        boolean active,
    @JsonPropertyDescription("Where its units leave from.") ShipsFrom shipsFrom)
    implements EventPayload {

  public ProductChanged {
    Require.sku(sku, "sku");
    Require.text(name, "name");
    Require.present(unitPrice, "unitPrice");
    Require.between(
        vatRateBasisPoints, 0, OrderLine.MAX_VAT_RATE_BASIS_POINTS, "vatRateBasisPoints");
    Require.notNegative(weightGrams, "weightGrams");
    Require.present(shipsFrom, "shipsFrom");
  }
}
