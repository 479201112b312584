package io.shoporders.shipping.api;

import io.shoporders.contracts.order.Address;
import java.util.List;

/** The address an operator gives a shipment: the shape of an order's {@code shippingAddress}. */
public record AddressCorrection(
    String name,
    List<String> lines,
    String postalCode,
    String city,
    String province,
    String country) {

  /**
   * The contract's address, checked by its own rules; a refusal names the field, as the contract's
   * messages start with it.
   */
  Address toAddress() {
    try {
      return new Address(name, lines, postalCode, city, province, country);
    } catch (IllegalArgumentException | NullPointerException refused) {
      String message = String.valueOf(refused.getMessage());
      int space = message.indexOf(' ');
      if (space < 0) {
        throw new InvalidFieldException(
            InvalidFieldException.In.ADDRESS, "body", "is not an address");
      }
      throw new InvalidFieldException(
          InvalidFieldException.In.ADDRESS,
          message.substring(0, space),
          message.substring(space + 1));
    }
  }
}
