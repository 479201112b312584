package io.shoporders.contracts.inventory;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.Require;
import java.util.List;

/** Every line of the order is set aside: all at once, never some of them. */
@JsonClassDescription(
    "Every line of the order is set aside, all at once: a partial reservation never happens.")
public record StockReserved(
    @JsonPropertyDescription("One entry per order line, with where it ships from.")
        List<ReservedLine> lines)
    implements EventPayload {

  public StockReserved {
    lines = Require.nonEmpty(lines, "lines");
  }
}
