package io.shoporders.order.domain;

import io.shoporders.contracts.money.Money;
import io.shoporders.contracts.order.OrderLine;
import java.util.List;

/** The lines and totals of an order, priced from the catalogue copy when it is placed. */
public record PricedOrder(
    List<OrderLine> lines, Money itemsTotal, Money shippingCost, Money vatTotal, Money grandTotal) {

  public PricedOrder {
    lines = List.copyOf(lines);
  }
}
