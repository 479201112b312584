package io.shoporders.notification;

import io.shoporders.contracts.money.Money;
import io.shoporders.contracts.order.Address;
import io.shoporders.contracts.order.CancellationReason;
import io.shoporders.contracts.order.Channel;
import io.shoporders.contracts.order.Customer;
import io.shoporders.contracts.order.OrderCancelled;
import io.shoporders.contracts.order.OrderConfirmed;
import io.shoporders.contracts.order.OrderLine;
import io.shoporders.contracts.order.OrderPlaced;
import io.shoporders.contracts.order.OrderShipped;
import io.shoporders.contracts.order.PaymentMethod;
import java.util.List;

/** Order events as the tests need them: a customer, an order of € 1.234,50, its fates. */
public final class Orders {

  public static final String NUMBER = "SO-2026-000123";

  private Orders() {}

  public static Customer customer(String name, String email, String language) {
    return new Customer(name, email, null, language, Channel.EMAIL);
  }

  public static Customer smsCustomer(String name, String email, String language) {
    return new Customer(name, email, "+393331234567", language, Channel.SMS);
  }

  /** Two lines, € 1.227,00 of goods and € 7,50 shipping: € 1.234,50 in all. */
  public static OrderPlaced placed(Customer customer) {
    Money shipping = Money.ofMinor(750, "EUR");
    OrderLine chairs =
        OrderLine.of("CHAIR-01", "Sedia d'autore", 2, Money.ofMinor(59_900, "EUR"), 2200, 7000);
    OrderLine cups =
        OrderLine.of("CUPS-02", "Espresso cups", 1, Money.ofMinor(2_900, "EUR"), 2200, 350);
    Money items = chairs.lineTotal().plus(cups.lineTotal());
    return new OrderPlaced(
        NUMBER,
        customer,
        new Address(customer.name(), List.of("Via Roma 12"), "20121", "Milano", "MI", "IT"),
        List.of(chairs, cups),
        items,
        shipping,
        Money.ofMinor(22_262, "EUR"),
        items.plus(shipping),
        new PaymentMethod("sandbox", "tok_visa"));
  }

  public static OrderConfirmed confirmed(Customer customer) {
    return new OrderConfirmed(NUMBER, customer, Money.ofMinor(123_450, "EUR"));
  }

  public static OrderCancelled cancelled(
      Customer customer, CancellationReason reason, boolean charged) {
    return new OrderCancelled(
        NUMBER, customer, Money.ofMinor(123_450, "EUR"), reason, null, charged);
  }

  public static OrderShipped shipped(Customer customer) {
    return new OrderShipped(
        NUMBER,
        customer,
        Money.ofMinor(123_450, "EUR"),
        "brt",
        "BRT123456789",
        "https://tracking.example/BRT123456789");
  }
}
