package io.shoporders.order.domain;

import io.shoporders.contracts.money.Money;
import io.shoporders.contracts.order.OrderLine;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Prices an order from the catalogue copy: never from what the client sent. Prices are gross, so
 * the VAT is the part of each gross amount that the rate adds, rounded half up per line and for
 * shipping, then summed.
 */
public final class Pricing {

  private static final BigDecimal BASIS_POINTS = BigDecimal.valueOf(10_000);

  private final ShippingRule shipping;

  public Pricing(ShippingRule shipping) {
    this.shipping = shipping;
  }

  /**
   * Prices the lines with the products found for their skus; refuses an unknown or inactive one.
   */
  public PricedOrder price(List<RequestedLine> requested, Map<String, Product> catalogue) {
    try {
      List<OrderLine> lines = requested.stream().map(line -> line(line, catalogue)).toList();
      Money items = lines.stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
      Money shippingCost = shipping.costFor(items);
      Money vat = Money.ofMinor(vatOf(lines, shippingCost), items.currency());
      return new PricedOrder(lines, items, shippingCost, vat, items.plus(shippingCost));
    } catch (ArithmeticException overflow) {
      throw new InvalidOrderException("lines", "add up to more than an order can hold");
    }
  }

  /** The VAT contained in a gross amount at the given rate, rounded half up. */
  public static long vatContainedIn(long grossMinor, int rateBasisPoints) {
    BigDecimal gross = BigDecimal.valueOf(grossMinor);
    BigDecimal rate = BigDecimal.valueOf(rateBasisPoints);
    return gross
        .multiply(rate)
        .divide(BASIS_POINTS.add(rate), 0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  private OrderLine line(RequestedLine line, Map<String, Product> catalogue) {
    String field = "lines[" + line.index() + "].sku";
    Product product = catalogue.get(line.sku());
    if (product == null || !product.active()) {
      throw new InvalidOrderException(field, "is not a product on sale");
    }
    if (!product.unitPrice().sameCurrencyAs(shipping.cost())) {
      throw new InvalidOrderException(field, "is not sold in " + shipping.cost().currency());
    }
    return OrderLine.of(
        product.sku(),
        product.name(),
        line.quantity(),
        product.unitPrice(),
        product.vatRateBasisPoints(),
        product.weightGrams());
  }

  private long vatOf(List<OrderLine> lines, Money shippingCost) {
    long shippingVat = vatContainedIn(shippingCost.amountMinor(), shipping.vatRateBasisPoints());
    BigInteger sum = BigInteger.valueOf(shippingVat);
    for (OrderLine line : lines) {
      long vat = vatContainedIn(line.lineTotal().amountMinor(), line.vatRateBasisPoints());
      sum = sum.add(BigInteger.valueOf(vat));
    }
    return sum.longValueExact();
  }
}
