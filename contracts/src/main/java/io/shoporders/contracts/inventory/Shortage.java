package io.shoporders.contracts.inventory;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.shoporders.contracts.Require;

/** A line that could not be reserved: fewer units available than asked for. */
@JsonClassDescription("A line that could not be reserved: fewer units available than asked for.")
public record Shortage(
    @JsonPropertyDescription("Stock keeping unit.") String sku,
    @JsonPropertyDescription("Units the order asked for.") int requested,
    @JsonPropertyDescription("Units that were free, fewer than requested; 0 when sold out.")
        int available) {

  public Shortage {
    Require.sku(sku, "sku");
    Require.positive(requested, "requested");
    Require.notNegative(available, "available");
    if (available >= requested) {
      throw new IllegalArgumentException(
          "available must be less than requested (" + requested + "), got " + available);
    }
  }
}
