package io.shoporders.contracts.order;

import static io.shoporders.contracts.Examples.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shoporders.contracts.Examples;
import io.shoporders.contracts.money.Money;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderRecordsTest {

  @Test
  void grandTotalMustBeItemsPlusShipping() {
    OrderPlaced valid = Examples.orderPlaced();

    assertThatThrownBy(() -> withTotals(valid, eur("49.90"), eur("6.90"), eur("50.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("grandTotal must be itemsTotal + shippingCost = 56.80 EUR, got 50.00 EUR");
  }

  @Test
  void itemsTotalMustBeTheSumOfTheLines() {
    OrderPlaced valid = Examples.orderPlaced();

    assertThatThrownBy(() -> withTotals(valid, eur("40.00"), eur("16.80"), eur("56.80")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("itemsTotal must be the sum of the lines' totals");
  }

  @Test
  void anOrderIsPricedInOneCurrency() {
    OrderPlaced valid = Examples.orderPlaced();
    Money dollars = Money.ofMajor("6.90", "USD");

    assertThatThrownBy(() -> withTotals(valid, eur("49.90"), dollars, eur("56.80")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shippingCost is in USD, the order in EUR");
  }

  @Test
  void lineTotalMustBeUnitPriceTimesQuantity() {
    assertThatThrownBy(
            () -> new OrderLine("MUG-1", "Mug", 2, eur("12.50"), 2200, eur("24.00"), 350))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lineTotal must be unitPrice x quantity = 25.00 EUR, got 24.00 EUR");
  }

  @Test
  void skuLongerThanTheKafkaKeyColumnIsRejected() {
    String sku = "S".repeat(65);

    assertThatThrownBy(() -> OrderLine.of(sku, "Mug", 1, eur("1.00"), 2200, 350))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sku must be at most 64 characters, got 65");
  }

  @Test
  void linesAreCopiedSoTheEventCannotChangeLater() {
    OrderPlaced valid = Examples.orderPlaced();
    List<OrderLine> lines = new ArrayList<>(valid.lines());
    OrderPlaced placed = withLines(valid, lines);

    lines.clear();

    assertThat(placed.lines()).hasSize(2);
    assertThatThrownBy(() -> placed.lines().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void cardNumberIsNeverAcceptedAsAToken() {
    assertThatThrownBy(() -> new PaymentMethod("stripe", "4242 4242 4242 4242"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("token must be a gateway token, never a card number");
  }

  @Test
  void smsNeedsAPhoneNumber() {
    assertThatThrownBy(() -> new Customer("Giulia", "g@example.com", null, "it", Channel.SMS))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("phone is required when channel is SMS");
  }

  @Test
  void emailCustomerMayHaveNoPhone() {
    Customer customer = new Customer("Giulia", "g@example.com", null, "it", Channel.EMAIL);

    assertThat(customer.locale().getLanguage()).isEqualTo("it");
  }

  @Test
  void languageMustBeABcp47Tag() {
    assertThatThrownBy(() -> new Customer("Giulia", "g@example.com", null, "123", Channel.EMAIL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("language must be a BCP 47 language tag");
  }

  @Test
  void countryMustBeIso3166Alpha2() {
    List<String> street = List.of("Via Roma 12");

    assertThatThrownBy(() -> new Address("Giulia", street, "20121", "Milano", null, "ITA"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("country must be an ISO 3166-1 alpha-2 code such as IT");
  }

  @Test
  void addressFieldsMustFitALabel() {
    List<String> street = List.of("Via Roma 12");
    String longCity = "M".repeat(Address.CITY_LENGTH + 1);
    List<String> longStreet = List.of("Via Roma 12", "V".repeat(Address.LINE_LENGTH + 1));

    assertThatThrownBy(() -> new Address("Giulia", street, "20121", longCity, null, "IT"))
        .hasMessage("city must be at most 100 characters");
    assertThatThrownBy(() -> new Address("Giulia", longStreet, "20121", "Milano", null, "IT"))
        .hasMessage("lines[1] must be at most 100 characters");
    assertThatThrownBy(() -> new Address("Giulia", street, "2".repeat(21), "Milano", null, "IT"))
        .hasMessage("postalCode must be at most 20 characters");
    assertThat(new Address("G".repeat(200), street, null, "M".repeat(100), "P".repeat(50), "HK"))
        .isNotNull();
  }

  @Test
  void namesAndAddressesHoldNoControlCharacterNorCardNumber() {
    List<String> street = List.of("Via Roma 12");

    assertThatThrownBy(() -> new Address("Mario\u0000Rossi", street, null, "Milano", null, "IT"))
        .hasMessage("name must not contain control characters");
    assertThatThrownBy(
            () ->
                new Address("Giulia", List.of("Via 4242424242424242"), null, "Milano", null, "IT"))
        .hasMessage("lines[0] must not hold a payment card number");
    assertThatThrownBy(
            () -> new Customer("Ada\nLovelace", "a@example.com", null, "en", Channel.EMAIL))
        .hasMessage("name must not contain control characters");
    assertThat(new Address("Giulia", List.of("Via Roma 12, int. 4"), "20121", "Milano", "MI", "IT"))
        .isNotNull();
  }

  @Test
  void personalDataAndTokensStayOutOfLogs() {
    OrderPlaced placed = Examples.orderPlaced();

    String logged = placed.toString();

    assertThat(logged)
        .doesNotContain("Giulia", "giulia.rossi", "+39333", "Via Roma", "pm_1QfT7k2eZvKYlo2C")
        .contains("SO-2026-000123", "IT", "stripe");
  }

  private static OrderPlaced withTotals(OrderPlaced o, Money items, Money shipping, Money grand) {
    return new OrderPlaced(
        o.orderNumber(),
        o.customer(),
        o.shippingAddress(),
        o.lines(),
        items,
        shipping,
        o.vatTotal(),
        grand,
        o.paymentMethod());
  }

  private static OrderPlaced withLines(OrderPlaced o, List<OrderLine> lines) {
    return new OrderPlaced(
        o.orderNumber(),
        o.customer(),
        o.shippingAddress(),
        lines,
        o.itemsTotal(),
        o.shippingCost(),
        o.vatTotal(),
        o.grandTotal(),
        o.paymentMethod());
  }
}
