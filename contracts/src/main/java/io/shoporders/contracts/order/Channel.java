package io.shoporders.contracts.order;

/** How a customer wants to hear about an order. */
public enum Channel {
  EMAIL,
  SMS
}
