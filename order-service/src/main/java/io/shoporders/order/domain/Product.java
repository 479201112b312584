package io.shoporders.order.domain;

import io.shoporders.contracts.money.Money;

/** A product as the local copy of the catalogue knows it: what a new order line is priced with. */
public record Product(
    String sku,
    String name,
    Money unitPrice,
    int vatRateBasisPoints,
    int weightGrams,
    boolean active) {}
