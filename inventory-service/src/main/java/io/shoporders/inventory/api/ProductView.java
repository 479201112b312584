package io.shoporders.inventory.api;

import io.shoporders.inventory.persistence.ProductEntity;

/** A product as the API shows it: the same fields as a request or an imported JSON row. */
record ProductView(
    String sku,
    String name,
    long unitPriceMinor,
    String currency,
    int vatRateBasisPoints,
    int weightGrams,
    int lengthMm,
    int widthMm,
    int heightMm,
    boolean active,
    String shipsFrom,
    String supplier) {

  static ProductView of(ProductEntity product) {
    return new ProductView(
        product.sku,
        product.name,
        product.unitPriceMinor,
        product.currency,
        product.vatRateBasisPoints,
        product.weightGrams,
        product.lengthMm,
        product.widthMm,
        product.heightMm,
        product.active,
        product.shipsFrom.name(),
        product.supplier);
  }
}
