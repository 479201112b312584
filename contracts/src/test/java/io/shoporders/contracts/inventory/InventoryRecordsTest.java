package io.shoporders.contracts.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InventoryRecordsTest {

  @Test
  void dropshipNamesItsSupplier() {
    assertThatThrownBy(() -> new ShipsFrom(ShipsFrom.Kind.DROPSHIP, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("supplier is required");
  }

  @Test
  void warehouseHasNoSupplier() {
    assertThatThrownBy(() -> new ShipsFrom(ShipsFrom.Kind.WAREHOUSE, "Acme"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("supplier must be absent when kind is WAREHOUSE");
    assertThat(ShipsFrom.warehouse().supplier()).isNull();
  }

  @Test
  void aShortageHasFewerUnitsThanRequested() {
    assertThatThrownBy(() -> new Shortage("MUG-1", 2, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("available must be less than requested (2), got 2");
  }

  @Test
  void aReservationIsNeverEmpty() {
    assertThatThrownBy(() -> new StockReserved(java.util.List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lines must not be empty");
  }
}
