package io.shoporders.shipping.carrier.dhl;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.shoporders.shipping.carrier.CarrierRejectedException;
import io.shoporders.shipping.domain.LabelAddress;
import io.shoporders.shipping.domain.ShipmentRequest;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;

/** The body of POST /orders: one shipment, in the field names of the public API reference. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DhlOrder(String profile, List<Shipment> shipments) {

  record Shipment(
      String product,
      String billingNumber,
      String refNo,
      Party shipper,
      Party consignee,
      Details details) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Party(
      String name1,
      String addressStreet,
      String additionalAddressInformation1,
      String postalCode,
      String city,
      String country,
      String email,
      String phone) {}

  record Details(Weight weight) {}

  record Weight(String uom, int value) {}

  static DhlOrder of(ShipmentRequest request, DhlConfig config, String billingNumber) {
    Shipment shipment =
        new Shipment(
            config.product(),
            billingNumber,
            refNo(request),
            party(request.sender(), null, null),
            party(request.recipient(), request.recipientEmail(), request.recipientPhone()),
            new Details(new Weight("g", request.weightGrams())));
    return new DhlOrder(config.profile(), List.of(shipment));
  }

  /** refNo takes 8 to 35 characters: the shipment id without its hyphens is 32. */
  static String refNo(ShipmentRequest request) {
    return request.reference().toString().replace("-", "");
  }

  private static Party party(LabelAddress address, String email, String phone) {
    List<String> street = address.streetLines();
    return new Party(
        address.name(),
        street.get(0),
        street.size() > 1 ? street.get(1) : null,
        address.postalCode(),
        address.city(),
        alpha3(address.country()),
        email,
        phone);
  }

  /** The API takes ISO 3166-1 alpha-3 country codes; orders carry alpha-2. */
  private static String alpha3(String country) {
    try {
      return new Locale("", country).getISO3Country();
    } catch (MissingResourceException e) {
      throw new CarrierRejectedException("DHL needs a known country code, not " + country);
    }
  }
}
