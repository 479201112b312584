package io.shoporders.shipping.carrier.poste;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.shoporders.shipping.carrier.CarrierRejectedException;
import io.shoporders.shipping.domain.LabelAddress;
import io.shoporders.shipping.domain.ShipmentRequest;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The body of POST /postalandlogistics/parcel/waybill: one national waybill, in the field names
 * that public clients of the Poste Delivery Business API use (Poste's manual is given to contract
 * holders, not published).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PosteWaybill(String costCenterCode, String shipmentDate, List<Waybill> waybills) {

  /** Poste's four-character country code of Italy; abroad needs customs data this omits. */
  static final String ITALY = "ITA1";

  /** clientReferenceId takes 25 characters: a UUID in base 36 needs at most 25. */
  private static final int REFERENCE_LENGTH = 25;

  record Waybill(String clientReferenceId, String printFormat, String product, Data data) {}

  record Data(
      List<Declared> declared, Map<String, Object> services, Party sender, Party receiver) {}

  /** Weight in grams and sizes in cm, as whole numbers in strings. */
  record Declared(String weight, String height, String length, String width) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Party(
      String nameSurname,
      String address,
      String zipCode,
      String city,
      String province,
      String country,
      String email,
      String cellphone) {}

  static PosteWaybill of(
      ShipmentRequest request, PosteConfig config, String costCenter, OffsetDateTime now) {
    Data data =
        new Data(
            List.of(declared(request, config)),
            Map.of(),
            party(request.sender(), null, null),
            party(request.recipient(), request.recipientEmail(), request.recipientPhone()));
    Waybill waybill =
        new Waybill(reference(request.reference()), config.printFormat(), config.product(), data);
    String date = now.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    return new PosteWaybill(costCenter, date, List.of(waybill));
  }

  /** The shipment id in base 36, left-padded with zeros to 25 characters. */
  static String reference(UUID id) {
    ByteBuffer bytes = ByteBuffer.allocate(16);
    bytes.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
    String base36 = new BigInteger(1, bytes.array()).toString(Character.MAX_RADIX);
    return "0".repeat(REFERENCE_LENGTH - base36.length()) + base36;
  }

  private static Declared declared(ShipmentRequest request, PosteConfig config) {
    return new Declared(
        Integer.toString(request.weightGrams()),
        Integer.toString(config.parcelHeightCm()),
        Integer.toString(config.parcelLengthCm()),
        Integer.toString(config.parcelWidthCm()));
  }

  /**
   * The street line keeps its house number: whether streetNumber (4 characters) is required is not
   * public.
   */
  private static Party party(LabelAddress address, String email, String phone) {
    if (!"IT".equals(address.country()) || address.postalCode() == null) {
      throw new CarrierRejectedException("Poste national waybills take Italian addresses with CAP");
    }
    return new Party(
        address.name(),
        address.streetLines().get(0),
        address.postalCode(),
        address.city(),
        address.province(),
        ITALY,
        email,
        cellphone(phone));
  }

  /** Public clients show the check Poste makes: at most 15 digits and a leading +. */
  private static String cellphone(String phone) {
    if (phone == null) {
      return null;
    }
    String compact = phone.replaceAll("[\\s./()-]", "");
    return compact.matches("\\+?\\d{1,15}") ? compact : null;
  }
}
