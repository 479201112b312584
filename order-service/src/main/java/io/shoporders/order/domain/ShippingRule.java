package io.shoporders.order.domain;

import io.shoporders.contracts.money.Money;

/**
 * What shipping costs: a flat gross amount, free from a threshold of the items' total when the shop
 * sets one, with the VAT rate that applies to the shipping service.
 *
 * @param cost the gross cost of shipping one order
 * @param freeFrom the items' total from which shipping is free; null when it never is
 * @param vatRateBasisPoints the VAT rate contained in the cost: 2200 is 22%
 */
public record ShippingRule(Money cost, Money freeFrom, int vatRateBasisPoints) {

  /** The shipping cost of an order whose items come to {@code itemsTotal}. */
  public Money costFor(Money itemsTotal) {
    boolean free = freeFrom != null && itemsTotal.amountMinor() >= freeFrom.amountMinor();
    return free ? Money.zero(cost.currency()) : cost;
  }
}
