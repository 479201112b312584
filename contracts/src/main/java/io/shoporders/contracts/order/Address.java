package io.shoporders.contracts.order;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.shoporders.contracts.OptionalField;
import io.shoporders.contracts.Require;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Where a parcel goes, in the shape carriers ask for. */
@JsonClassDescription("A postal address, in the shape carriers ask for.")
public record Address(
    @JsonPropertyDescription("Name on the doorbell or of the company receiving the parcel.")
        String name,
    @JsonPropertyDescription("Street, number, floor, care-of: one to three lines, in order.")
        List<String> lines,
    @OptionalField
        @JsonPropertyDescription("Postal code; absent where the country has none (e.g. HK).")
        String postalCode,
    @JsonPropertyDescription("City or town.") String city,
    @OptionalField
        @JsonPropertyDescription(
            "Province, state or region code where the carrier needs it, e.g. MI.")
        String province,
    @JsonPropertyDescription("ISO 3166-1 alpha-2 country code in upper case, e.g. IT.")
        String country) {

  /** The longest name, street line, postal code, city and province: what labels can carry. */
  public static final int NAME_LENGTH = 200;

  public static final int LINE_LENGTH = 100;
  public static final int POSTAL_CODE_LENGTH = 20;
  public static final int CITY_LENGTH = 100;
  public static final int PROVINCE_LENGTH = 50;

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  public Address {
    atMost(Require.text(name, "name"), NAME_LENGTH, "name");
    lines = requireLines(lines);
    atMost(Require.optionalText(postalCode, "postalCode"), POSTAL_CODE_LENGTH, "postalCode");
    atMost(Require.text(city, "city"), CITY_LENGTH, "city");
    atMost(Require.optionalText(province, "province"), PROVINCE_LENGTH, "province");
    requireCountry(country);
  }

  /** A full address stays out of logs. */
  @Override
  public String toString() {
    return "Address[country=" + country + "]";
  }

  private static List<String> requireLines(List<String> lines) {
    List<String> copy = Require.nonEmpty(lines, "lines");
    if (copy.size() > 3) {
      throw new IllegalArgumentException("lines must be at most 3, got " + copy.size());
    }
    for (int i = 0; i < copy.size(); i++) {
      atMost(Require.text(copy.get(i), "lines[" + i + "]"), LINE_LENGTH, "lines[" + i + "]");
    }
    return copy;
  }

  private static void atMost(String value, int length, String field) {
    Require.personalText(value, field);
    if (value != null && value.length() > length) {
      throw new IllegalArgumentException(field + " must be at most " + length + " characters");
    }
  }

  private static void requireCountry(String country) {
    if (!COUNTRIES.contains(Require.text(country, "country"))) {
      // Like every message about the customer's data, it does not repeat the value: order-service
      // returns it to the client and services log it.
      throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code such as IT");
    }
  }
}
