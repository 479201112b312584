package io.shoporders.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shoporders.contracts.order.Channel;
import io.shoporders.order.domain.OrderForm.AddressForm;
import io.shoporders.order.domain.OrderForm.CustomerForm;
import io.shoporders.order.domain.OrderForm.LineForm;
import io.shoporders.order.domain.OrderForm.PaymentForm;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderValidationTest {

  private final OrderValidation validation =
      new OrderValidation(99, Set.of("sandbox", "stripe", "paypal", "nexi"));

  @Test
  void aCompleteFormIsValid() {
    ValidOrder order = validation.validate(form(List.of(new LineForm("MUG", 2))));

    assertThat(order.customer().channel()).isEqualTo(Channel.EMAIL);
    assertThat(order.lines()).containsExactly(new RequestedLine(0, "MUG", 2));
  }

  @Test
  void theSameSkuTwiceIsMergedIntoOneLine() {
    ValidOrder order =
        validation.validate(
            form(List.of(new LineForm("MUG", 2), new LineForm("BOOK", 1), new LineForm("MUG", 3))));

    assertThat(order.lines())
        .containsExactly(new RequestedLine(0, "MUG", 5), new RequestedLine(1, "BOOK", 1));
  }

  @Test
  void mergedQuantityAboveTheMaximumIsRefused() {
    assertRefused(
        form(List.of(new LineForm("MUG", 60), new LineForm("MUG", 60))), "lines[1].quantity");
  }

  @Test
  void quantitiesThatAreNotWholeNumbersInRangeAreRefused() {
    for (Object quantity :
        List.of(
            0, -1, 100, 1.5, 1000.0, "2", Long.MAX_VALUE, new BigInteger("1" + "0".repeat(30)))) {
      assertRefused(form(List.of(new LineForm("MUG", quantity))), "lines[0].quantity");
    }
  }

  @Test
  void missingQuantityIsRefused() {
    assertRefused(form(List.of(new LineForm("MUG", null))), "lines[0].quantity");
  }

  @Test
  void emptyLinesAreRefused() {
    assertRefused(form(List.of()), "lines");
  }

  @Test
  void badEmailPhoneAndCountryAreRefusedByName() {
    assertRefused(withCustomer("Ada", "ada.example.com", null, "EMAIL"), "customer.email");
    assertRefused(withCustomer("Ada", "ada@example", null, "EMAIL"), "customer.email");
    assertRefused(withCustomer("Ada", "ada@example.com", "3331234567", "SMS"), "customer.phone");
    assertRefused(withCustomer("Ada", "ada@example.com", null, "SMS"), "customer.phone");
    assertRefused(withCustomer("Ada", "ada@example.com", null, "PIGEON"), "customer.channel");
    assertRefused(withCountry("Italy"), "shippingAddress.country");
    assertRefused(withCountry("it"), "shippingAddress.country");
  }

  @Test
  void languagesAreRefusedUnlessTheyAreKnown() {
    assertRefused(withLanguage("klingon"), "customer.language");
    assertRefused(withLanguage("xx-IT"), "customer.language");
    assertRefused(withLanguage("it_IT"), "customer.language");
    for (String known : List.of("it", "en-GB", "de-CH", "fil", "zh-Hant-TW")) {
      assertThat(validation.validate(withLanguage(known)).customer().language()).isEqualTo(known);
    }
  }

  @Test
  void faultsNeverRepeatTheRejectedValue() {
    String value = "Zanzibar-7F3Q";
    List<OrderForm> forms =
        List.of(
            withCountry(value),
            withLanguage(value),
            withCustomer("Ada", value, null, "EMAIL"),
            withCustomer("Ada", "ada@example.com", value, "SMS"),
            withCustomer("Ada", "ada@example.com", null, value));
    for (OrderForm form : forms) {
      assertThatThrownBy(() -> validation.validate(form))
          .isInstanceOf(InvalidOrderException.class)
          .message()
          .doesNotContain(value);
    }
  }

  @Test
  void fieldsOverTheirLimitsAreRefused() {
    assertRefused(withCustomer("A".repeat(201), "ada@example.com", null, "EMAIL"), "customer.name");
    assertRefused(withCustomer("Ada", "a".repeat(250) + "@x.com", null, "EMAIL"), "customer.email");
  }

  @Test
  void unsupportedPaymentTypeIsRefused() {
    OrderForm base = form(List.of(new LineForm("MUG", 1)));
    OrderForm form =
        new OrderForm(
            base.customer(), base.shippingAddress(), base.lines(), new PaymentForm("visa", "x"));

    assertRefused(form, "paymentMethod.type");
  }

  private void assertRefused(OrderForm form, String field) {
    assertThatThrownBy(() -> validation.validate(form))
        .as(field)
        .isInstanceOfSatisfying(
            InvalidOrderException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  private static OrderForm form(List<LineForm> lines) {
    return new OrderForm(
        new CustomerForm("Ada Lovelace", "ada@example.com", "+393331234567", "it", "EMAIL"),
        address("IT"),
        lines,
        new PaymentForm("stripe", "pm_1QfT7k2eZvKYlo2C"));
  }

  private static OrderForm withCustomer(String name, String email, String phone, String channel) {
    OrderForm base = form(List.of(new LineForm("MUG", 1)));
    CustomerForm customer = new CustomerForm(name, email, phone, "en", channel);
    return new OrderForm(customer, base.shippingAddress(), base.lines(), base.paymentMethod());
  }

  private static OrderForm withLanguage(String language) {
    OrderForm base = form(List.of(new LineForm("MUG", 1)));
    CustomerForm customer =
        new CustomerForm("Ada", "ada@example.com", null, language, base.customer().channel());
    return new OrderForm(customer, base.shippingAddress(), base.lines(), base.paymentMethod());
  }

  private static OrderForm withCountry(String country) {
    OrderForm base = form(List.of(new LineForm("MUG", 1)));
    return new OrderForm(base.customer(), address(country), base.lines(), base.paymentMethod());
  }

  private static AddressForm address(String country) {
    return new AddressForm("Ada Lovelace", List.of("Via Roma 1"), "20121", "Milano", "MI", country);
  }
}
