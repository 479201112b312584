package io.shoporders.shipping.domain;

import io.shoporders.contracts.order.Address;
import java.util.List;
import java.util.Optional;

/** An address as it is printed and sent to a carrier: ASCII, and fitted to its fields. */
public record LabelAddress(
    String name,
    List<String> streetLines,
    String postalCode,
    String city,
    String province,
    String country) {

  public LabelAddress {
    streetLines = List.copyOf(streetLines);
  }

  /** The address fitted to the carrier's limits, or empty when it needs a person to review it. */
  public static Optional<LabelAddress> fit(Address address, CarrierLimits limits) {
    Optional<String> name = field(address.name(), limits);
    Optional<String> city = field(address.city(), limits);
    Optional<List<String>> street = street(address.lines(), limits);
    if (name.isEmpty() || city.isEmpty() || street.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new LabelAddress(
            name.get(),
            street.get(),
            optional(address.postalCode()),
            city.get(),
            optional(address.province()),
            address.country()));
  }

  /** The line with postal code, city and province, as most European labels print it. */
  public String cityLine() {
    String code = postalCode == null ? "" : postalCode + " ";
    String region = province == null ? "" : " " + province;
    return code + city + region;
  }

  @Override
  public String toString() {
    return "LabelAddress[country=" + country + "]";
  }

  private static Optional<String> field(String text, CarrierLimits limits) {
    return LabelText.transliterate(text).filter(ascii -> ascii.length() <= limits.lineLength());
  }

  private static Optional<List<String>> street(List<String> lines, CarrierLimits limits) {
    List<Optional<String>> ascii = lines.stream().map(LabelText::transliterate).toList();
    if (ascii.stream().anyMatch(Optional::isEmpty)) {
      return Optional.empty();
    }
    List<String> text = ascii.stream().map(Optional::get).toList();
    return StreetLines.fit(text, limits.lineLength(), limits.streetLines());
  }

  private static String optional(String text) {
    return text == null ? null : LabelText.transliterate(text).orElse(null);
  }
}
