package io.shoporders.contracts.order;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.Require;
import io.shoporders.contracts.money.Money;
import java.util.List;

/**
 * A customer placed an order. The first event of every order, the only one without a cause. Totals
 * are checked on construction: one currency throughout, items total = sum of the lines, grand total
 * = items + shipping.
 */
@JsonClassDescription(
    "A customer placed an order: what was bought, where it goes, what it costs and how it is"
        + " paid. Prices include VAT.")
public record OrderPlaced(
    @JsonPropertyDescription("Human order number shown to the customer, e.g. SO-2026-000123.")
        String orderNumber,
    @JsonPropertyDescription("Who ordered, and how they want to hear about it.") Customer customer,
    @JsonPropertyDescription("Where the parcel goes.") Address shippingAddress,
    @JsonPropertyDescription("What was bought: at least one line.") List<OrderLine> lines,
    @JsonPropertyDescription("Sum of the lines' totals, VAT included.") Money itemsTotal,
    @JsonPropertyDescription("Shipping cost, VAT included; zero when shipping is free.")
        Money shippingCost,
    @JsonPropertyDescription("The VAT contained in grandTotal (prices are gross).") Money vatTotal,
    @JsonPropertyDescription("What the customer pays: itemsTotal + shippingCost.") Money grandTotal,
    @JsonPropertyDescription("How the customer pays.") PaymentMethod paymentMethod)
    implements EventPayload {

  public OrderPlaced {
    Require.text(orderNumber, "orderNumber");
    Require.present(customer, "customer");
    Require.present(shippingAddress, "shippingAddress");
    lines = Require.nonEmpty(lines, "lines");
    requireOneCurrency(lines, itemsTotal, shippingCost, vatTotal, grandTotal);
    requireTotals(lines, itemsTotal, shippingCost, vatTotal, grandTotal);
    Require.present(paymentMethod, "paymentMethod");
  }

  /** The currency the order is priced and paid in. */
  public String currency() {
    return grandTotal.currency();
  }

  private static void requireOneCurrency(
      List<OrderLine> lines, Money items, Money shipping, Money vat, Money grand) {
    Require.present(grand, "grandTotal");
    sameCurrency(Require.present(items, "itemsTotal"), grand, "itemsTotal");
    sameCurrency(Require.present(shipping, "shippingCost"), grand, "shippingCost");
    sameCurrency(Require.present(vat, "vatTotal"), grand, "vatTotal");
    for (int i = 0; i < lines.size(); i++) {
      sameCurrency(lines.get(i).lineTotal(), grand, "lines[" + i + "].lineTotal");
    }
  }

  private static void sameCurrency(Money money, Money grandTotal, String field) {
    if (!money.sameCurrencyAs(grandTotal)) {
      throw new IllegalArgumentException(
          field + " is in " + money.currency() + ", the order in " + grandTotal.currency());
    }
  }

  private static void requireTotals(
      List<OrderLine> lines, Money items, Money shipping, Money vat, Money grand) {
    Money sumOfLines = lines.stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
    requireEqual(items, sumOfLines, "itemsTotal must be the sum of the lines' totals");
    requireEqual(grand, items.plus(shipping), "grandTotal must be itemsTotal + shippingCost");
    if (vat.amountMinor() > grand.amountMinor()) {
      throw new IllegalArgumentException("vatTotal must not exceed grandTotal");
    }
  }

  private static void requireEqual(Money actual, Money expected, String rule) {
    if (!actual.equals(expected)) {
      throw new IllegalArgumentException(rule + " = " + expected + ", got " + actual);
    }
  }
}
