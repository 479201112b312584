package io.shoporders.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shoporders.contracts.money.Money;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PricingTest {

  private static final ShippingRule SHIPPING =
      new ShippingRule(Money.ofMinor(590, "EUR"), Money.ofMinor(5000, "EUR"), 2200);

  private static final Map<String, Product> CATALOGUE =
      Map.of(
          "MUG", product("MUG", 1220, 2200, true),
          "BOOK", product("BOOK", 1040, 400, true),
          "OLD", product("OLD", 100, 2200, false),
          "YEN", new Product("YEN", "Yen item", Money.ofMinor(100, "JPY"), 1000, 10, true));

  private final Pricing pricing = new Pricing(SHIPPING);

  @Test
  void pricesLinesFromTheCatalogueAndAddsShippingBelowTheThreshold() {
    PricedOrder order = pricing.price(List.of(line(0, "MUG", 2), line(1, "BOOK", 1)), CATALOGUE);

    assertThat(order.lines())
        .extracting(l -> l.lineTotal().amountMinor())
        .containsExactly(2440L, 1040L);
    assertThat(order.itemsTotal()).isEqualTo(Money.ofMinor(3480, "EUR"));
    assertThat(order.shippingCost()).isEqualTo(Money.ofMinor(590, "EUR"));
    assertThat(order.grandTotal()).isEqualTo(Money.ofMinor(4070, "EUR"));
  }

  @Test
  void vatIsThePartOfEachGrossAmountThatTheRateAdds() {
    PricedOrder order = pricing.price(List.of(line(0, "MUG", 2), line(1, "BOOK", 1)), CATALOGUE);

    // 2440 * 22/122 = 440; 1040 * 4/104 = 40; 590 * 22/122 = 106.39 -> 106
    assertThat(order.vatTotal()).isEqualTo(Money.ofMinor(440 + 40 + 106, "EUR"));
  }

  @Test
  void vatRoundsHalfUp() {
    assertThat(Pricing.vatContainedIn(61, 2200)).isEqualTo(11); // 11.0
    assertThat(Pricing.vatContainedIn(3, 2200)).isEqualTo(1); // 0.54
    assertThat(Pricing.vatContainedIn(2, 2200)).isZero(); // 0.36
    assertThat(Pricing.vatContainedIn(1000, 0)).isZero();
  }

  @Test
  void shippingIsFreeFromTheThreshold() {
    PricedOrder order = pricing.price(List.of(line(0, "MUG", 5)), CATALOGUE);

    assertThat(order.itemsTotal()).isEqualTo(Money.ofMinor(6100, "EUR"));
    assertThat(order.shippingCost()).isEqualTo(Money.zero("EUR"));
    assertThat(order.grandTotal()).isEqualTo(order.itemsTotal());
  }

  @Test
  void unknownSkuIsRefusedNamingItsLine() {
    assertThatThrownBy(
            () -> pricing.price(List.of(line(0, "MUG", 1), line(3, "NOPE", 1)), CATALOGUE))
        .isInstanceOfSatisfying(
            InvalidOrderException.class, e -> assertThat(e.field()).isEqualTo("lines[3].sku"));
  }

  @Test
  void inactiveSkuIsRefused() {
    assertThatThrownBy(() -> pricing.price(List.of(line(0, "OLD", 1)), CATALOGUE))
        .isInstanceOfSatisfying(
            InvalidOrderException.class, e -> assertThat(e.field()).isEqualTo("lines[0].sku"));
  }

  @Test
  void productInAnotherCurrencyIsRefused() {
    assertThatThrownBy(() -> pricing.price(List.of(line(0, "YEN", 1)), CATALOGUE))
        .isInstanceOfSatisfying(
            InvalidOrderException.class, e -> assertThat(e.detail()).contains("EUR"));
  }

  @Test
  void totalsThatOverflowAreRefusedNotWrapped() {
    Map<String, Product> dear = Map.of("GOLD", product("GOLD", Long.MAX_VALUE / 2, 2200, true));

    assertThatThrownBy(() -> pricing.price(List.of(line(0, "GOLD", 3)), dear))
        .isInstanceOfSatisfying(
            InvalidOrderException.class, e -> assertThat(e.field()).isEqualTo("lines"));
  }

  private static RequestedLine line(int index, String sku, int quantity) {
    return new RequestedLine(index, sku, quantity);
  }

  private static Product product(String sku, long priceMinor, int vatRate, boolean active) {
    return new Product(sku, sku + " name", Money.ofMinor(priceMinor, "EUR"), vatRate, 300, active);
  }
}
