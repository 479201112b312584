package io.shoporders.payment.gateway.nexi;

import io.shoporders.contracts.money.Money;

/** The bodies the adapter sends; XPay takes amounts in minor units, as a string. */
final class NexiRequests {

  private NexiRequests() {}

  /** A merchant-initiated payment with the customer's stored contract, captured later. */
  record Mit(Order order, String contractId, String captureType) {

    static Mit explicitCapture(String orderId, Money amount, String contractId) {
      return new Mit(Order.of(orderId, amount), contractId, "EXPLICIT");
    }
  }

  /** XPay's order: its id, unique for the terminal, and the amount. */
  record Order(String orderId, String amount, String currency) {

    static Order of(String orderId, Money amount) {
      return new Order(orderId, Long.toString(amount.amountMinor()), amount.currency());
    }
  }

  /** The body of a capture or a refund. */
  record Amount(String amount, String currency) {

    static Amount of(Money money) {
      return new Amount(Long.toString(money.amountMinor()), money.currency());
    }
  }
}
