package io.shoporders.contracts.inventory;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.shoporders.contracts.OptionalField;
import io.shoporders.contracts.Require;

/** Where the goods of a product leave from: the shop's warehouse, or a supplier (dropship). */
@JsonClassDescription(
    "Where goods leave from: the shop's warehouse, or a supplier that ships them (dropship).")
public record ShipsFrom(
    @JsonPropertyDescription("Who sends the parcel: the shop's warehouse or a supplier.") Kind kind,
    @OptionalField
        @JsonPropertyDescription("Supplier's name; present for DROPSHIP, absent for WAREHOUSE.")
        String supplier) {

  /** Who sends the parcel. */
  public enum Kind {
    /** The shop's own warehouse, through its ERP. */
    WAREHOUSE,
    /** A supplier ships directly to the customer. */
    DROPSHIP
  }

  public ShipsFrom {
    Require.present(kind, "kind");
    if (kind == Kind.DROPSHIP) {
      Require.text(supplier, "supplier");
    } else if (supplier != null) {
      throw new IllegalArgumentException("supplier must be absent when kind is WAREHOUSE");
    }
  }

  /** From the shop's own warehouse. */
  public static ShipsFrom warehouse() {
    return new ShipsFrom(Kind.WAREHOUSE, null);
  }

  /** Shipped by the named supplier. */
  public static ShipsFrom dropship(String supplier) {
    return new ShipsFrom(Kind.DROPSHIP, supplier);
  }
}
