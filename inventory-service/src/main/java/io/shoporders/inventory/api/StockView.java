package io.shoporders.inventory.api;

import io.shoporders.inventory.domain.StockLevel;

/** The units of one sku, with what may still be sold. */
record StockView(String sku, int onHand, int reserved, int safetyStock, int available) {

  static StockView of(StockLevel level) {
    return new StockView(
        level.sku(), level.onHand(), level.reserved(), level.safetyStock(), level.available());
  }
}
