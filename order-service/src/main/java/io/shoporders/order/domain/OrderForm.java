package io.shoporders.order.domain;

import java.util.List;

/**
 * An order as the storefront sends it, before any check. Prices are not part of it: whatever the
 * client adds about money is ignored, and the catalogue copy prices the lines.
 */
public record OrderForm(
    CustomerForm customer,
    AddressForm shippingAddress,
    List<LineForm> lines,
    PaymentForm paymentMethod) {

  /** Who orders and how they want to hear about it. */
  public record CustomerForm(
      String name, String email, String phone, String language, String channel) {}

  /** Where the parcel goes. */
  public record AddressForm(
      String name,
      List<String> lines,
      String postalCode,
      String city,
      String province,
      String country) {}

  /**
   * One line. The quantity is kept as the JSON reader typed it (Integer, Long, BigInteger, Double,
   * String...), so that 1.5, 1e3 or "2" can be told apart from a whole number and refused.
   */
  public record LineForm(String sku, Object quantity) {}

  /** The gateway and its token for the customer's payment method. */
  public record PaymentForm(String type, String token) {}
}
