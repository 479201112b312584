package io.shoporders.inventory.messaging;

/** Names of the incoming channels, shared by the consumers, the configuration and the tests. */
final class Channels {

  static final String ORDER_PLACED = "order-placed";
  static final String PAYMENT_AUTHORIZED = "payment-authorized";
  static final String PAYMENT_CAPTURED = "payment-captured";
  static final String ORDER_CANCELLED = "order-cancelled";
  static final String STOCK_RESERVED = "stock-reserved";

  private Channels() {}
}
