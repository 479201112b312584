package io.shoporders.e2e;

import io.shoporders.contracts.order.Address;
import io.shoporders.contracts.order.Channel;
import io.shoporders.contracts.order.Customer;
import io.shoporders.contracts.order.PaymentMethod;
import java.util.ArrayList;
import java.util.List;

/** The body of POST /orders, built step by step: a customer of this test, lines, a card. */
final class OrderRequest {

  /** A line as the storefront sends it: order-service prices it from its catalogue. */
  record Line(String sku, int quantity) {}

  record Body(
      Customer customer, Address shippingAddress, List<Line> lines, PaymentMethod paymentMethod) {}

  private final String name;
  private final String email;
  private final List<Line> lines = new ArrayList<>();
  private String token = Cards.approving();

  private OrderRequest(String name, String email) {
    this.name = name;
    this.email = email;
  }

  /** An order by a customer whose address no other order used; e-mails in English. */
  static OrderRequest byNewCustomer() {
    return new OrderRequest("Chiara Dell'Orto", Unique.email("chiara.dellorto"));
  }

  OrderRequest line(String sku, int quantity) {
    lines.add(new Line(sku, quantity));
    return this;
  }

  OrderRequest paidWith(String sandboxToken) {
    this.token = sandboxToken;
    return this;
  }

  String email() {
    return email;
  }

  Body body() {
    return new Body(
        new Customer(name, email, "+393351234567", "en", Channel.EMAIL),
        new Address(name, List.of("Via Sant'Eufemia 21"), "37121", "Verona", "VR", "IT"),
        List.copyOf(lines),
        new PaymentMethod("sandbox", token));
  }
}
