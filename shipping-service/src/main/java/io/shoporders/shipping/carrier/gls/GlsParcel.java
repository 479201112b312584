package io.shoporders.shipping.carrier.gls;

import io.shoporders.shipping.carrier.CarrierRejectedException;
import io.shoporders.shipping.domain.LabelAddress;
import io.shoporders.shipping.domain.ShipmentRequest;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * One parcel as AddParcel takes it: the fields of a Parcel element of the XMLInfoParcel document,
 * in the names of GLS Italy's web labeling service. National parcels only (Italian recipient).
 *
 * @param counter the shipment id folded to 11 digits: sent as ContatoreProgressivo (what GetPdf
 *     finds a label by) and as Bda (the sender's reference that ListSped shows as Ddt)
 */
record GlsParcel(long counter, Map<String, String> fields) {

  /** Public clients cap ContatoreProgressivo and Bda at 11 characters. */
  private static final long COUNTERS = 99_999_999_999L;

  /** Public client code caps Cellulare1 at 10 digits: an Italian mobile without +39. */
  private static final int MOBILE_DIGITS = 10;

  static GlsParcel of(ShipmentRequest request, String contractCode) {
    LabelAddress to = request.recipient();
    if (!"IT".equals(to.country()) || to.province() == null || to.postalCode() == null) {
      throw new CarrierRejectedException("GLS Italy books Italian addresses with CAP and province");
    }
    long counter = counterOf(request.reference());
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("CodiceContrattoGls", contractCode);
    fields.put("RagioneSociale", to.name());
    fields.put("Indirizzo", to.streetLines().get(0));
    fields.put("Localita", to.city());
    fields.put("Zipcode", to.postalCode());
    fields.put("Provincia", to.province());
    fields.put("Bda", Long.toString(counter));
    fields.putAll(parcelFields(request, counter));
    return new GlsParcel(counter, fields);
  }

  /** One parcel, carriage paid, an ordinary box, its PDF label (10 x 15 cm) in the answer. */
  private static Map<String, String> parcelFields(ShipmentRequest request, long counter) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("Colli", "1");
    fields.put("PesoReale", kilograms(request.weightGrams()));
    fields.put("TipoPorto", "F");
    fields.put("TipoCollo", "0");
    fields.put("GeneraPdf", "4");
    fields.put("ContatoreProgressivo", Long.toString(counter));
    Optional.ofNullable(request.recipientEmail()).ifPresent(mail -> fields.put("Email", mail));
    mobile(request.recipientPhone()).ifPresent(phone -> fields.put("Cellulare1", phone));
    return fields;
  }

  static long counterOf(UUID reference) {
    long mixed = reference.getMostSignificantBits() ^ reference.getLeastSignificantBits();
    return Math.floorMod(mixed, COUNTERS) + 1;
  }

  /** The Info document: account, then this parcel. */
  String infoXml(String branch, String customerCode, String password) {
    try {
      StringWriter xml = new StringWriter();
      XMLStreamWriter writer = XMLOutputFactory.newInstance().createXMLStreamWriter(xml);
      writer.writeStartElement("Info");
      element(writer, "SedeGls", branch);
      element(writer, "CodiceClienteGls", customerCode);
      element(writer, "PasswordClienteGls", password);
      writer.writeStartElement("Parcel");
      for (Map.Entry<String, String> field : fields.entrySet()) {
        element(writer, field.getKey(), field.getValue());
      }
      writer.writeEndElement();
      writer.writeEndElement();
      writer.close();
      return xml.toString();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("GLS parcel cannot be written", e);
    }
  }

  private static void element(XMLStreamWriter writer, String name, String text)
      throws XMLStreamException {
    writer.writeStartElement(name);
    writer.writeCharacters(text);
    writer.writeEndElement();
  }

  /**
   * Kilograms with a decimal comma. Public clients differ (some send a point) and the manual's
   * field table was not readable as public text: the separator is to be confirmed with the branch.
   */
  private static String kilograms(int grams) {
    return BigDecimal.valueOf(grams, 3).stripTrailingZeros().toPlainString().replace('.', ',');
  }

  private static Optional<String> mobile(String phone) {
    if (phone == null) {
      return Optional.empty();
    }
    String digits = phone.replaceAll("\\D", "").replaceFirst("^(00)?39(?=3\\d{9}$)", "");
    return Optional.of(digits).filter(number -> number.length() == MOBILE_DIGITS);
  }
}
