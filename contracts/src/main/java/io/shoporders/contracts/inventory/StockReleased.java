package io.shoporders.contracts.inventory;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.Require;
import java.util.List;

/** A cancelled order's reservation is undone: the units are free to sell again. */
@JsonClassDescription(
    "A cancelled order's reservation is undone: the units are free to sell again.")
public record StockReleased(
    @JsonPropertyDescription("The units given back, per sku.") List<StockLine> lines)
    implements EventPayload {

  public StockReleased {
    lines = Require.nonEmpty(lines, "lines");
  }
}
