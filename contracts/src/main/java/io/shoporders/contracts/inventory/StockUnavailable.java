package io.shoporders.contracts.inventory;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.Require;
import java.util.List;

/** Some line could not be reserved, so none was: nothing is held for the order. */
@JsonClassDescription(
    "Some line could not be reserved, so none was: nothing is held for the order.")
public record StockUnavailable(
    @JsonPropertyDescription("The lines that were short; lines that could be served are absent.")
        List<Shortage> shortages)
    implements EventPayload {

  public StockUnavailable {
    shortages = Require.nonEmpty(shortages, "shortages");
  }
}
