package io.shoporders.shipping.carrier.gls;

import io.shoporders.shipping.carrier.BookedLabel;
import io.shoporders.shipping.carrier.Carrier;
import io.shoporders.shipping.carrier.CarrierHttp;
import io.shoporders.shipping.carrier.CarrierRejectedException;
import io.shoporders.shipping.domain.CarrierLimits;
import io.shoporders.shipping.domain.ShipmentRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * GLS Italy's web labeling service (IlsWebService, form posts to {base-url}/{operation}, XML
 * answers): AddParcel books a parcel and returns its PDF label, DeleteSped voids it. Every call
 * carries the account (branch, customer code, password); no error has its own HTTP status.
 *
 * <p>A parcel is booked under a counter derived from the shipment id (ContatoreProgressivo and
 * Bda). Before booking, ListSped is read: a parcel whose Bda is that counter was booked by an
 * earlier attempt whose answer was lost, and GetPdf returns its label, so a retry books nothing
 * twice. ListSped lists every parcel of recent months, a cost paid once per booking. What protects
 * us is the counter; two shipment ids that fold to the same 11 digits (odds about 1 in 10^11) would
 * share a parcel.
 *
 * <p>Parcels stay open until the account closes the day (CloseWorkDay); GLS collects only closed
 * parcels. This adapter does not close the day, so that a label can be voided until then: see the
 * service README.
 */
@ApplicationScoped
class GlsCarrier implements Carrier {

  static final String CODE = "gls";
  private static final Logger LOG = Logger.getLogger(GlsCarrier.class);

  /** The number AddParcel gives a parcel it refused; the reason is in NoteSpedizione. */
  private static final String REFUSED = "999999999";

  private final GlsConfig config;
  private final CarrierHttp http;

  GlsCarrier(GlsConfig config) {
    this.config = config;
    this.http = new CarrierHttp("GLS", config.timeout(), body -> GlsAnswer.read(body).text());
  }

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public CarrierLimits limits() {
    return new CarrierLimits(config.lineLength(), config.streetLines(), config.maxWeightGrams());
  }

  @Override
  public Uni<BookedLabel> book(ShipmentRequest request) {
    return Uni.createFrom()
        .item(() -> GlsParcel.of(request, http.required(config.contractCode(), "contract code")))
        .chain(parcel -> bookedBefore(parcel).chain(found -> labelOf(parcel, found)))
        .invoke(label -> LOG.debugf("GLS booked %s for %s", label.trackingCode(), request));
  }

  @Override
  public Uni<Void> cancel(String trackingCode) {
    return http.send(() -> post("DeleteSped", deletion(trackingCode)))
        .map(response -> GlsAnswer.read(response.body()).text())
        .invoke(GlsCarrier::checkDeleted)
        .replaceWithVoid();
  }

  @Override
  public String trackingUrl(String trackingCode) {
    return config
        .trackingUrl()
        .replace("{branch}", config.branch().orElse(""))
        .replace("{trackingCode}", trackingCode);
  }

  private Uni<BookedLabel> labelOf(GlsParcel parcel, Optional<String> bookedNumber) {
    return bookedNumber.map(number -> reprint(parcel, number)).orElseGet(() -> add(parcel));
  }

  /** The number of a parcel an earlier attempt booked under this counter, if any. */
  private Uni<Optional<String>> bookedBefore(GlsParcel parcel) {
    Map<String, String> form = account("CodiceClienteGls", "PasswordClienteGls");
    return http.send(() -> post("ListSped", form))
        .map(response -> GlsAnswer.read(response.body()).parcels())
        .map(listed -> numberOf(listed, parcel.counter()));
  }

  private static Optional<String> numberOf(List<GlsAnswer.Parcel> listed, long counter) {
    return listed.stream()
        .filter(entry -> entry.field("Ddt").map(ddt -> sameCounter(ddt, counter)).orElse(false))
        .findFirst()
        .flatMap(entry -> entry.field("NumSpedizione"));
  }

  private Uni<BookedLabel> add(GlsParcel parcel) {
    String info =
        parcel.infoXml(
            http.required(config.branch(), "branch"),
            http.required(config.customerCode(), "customer code"),
            http.required(config.password(), "password"));
    return http.send(() -> post("AddParcel", Map.of("XMLInfoParcel", info)))
        .map(response -> added(GlsAnswer.read(response.body())));
  }

  private BookedLabel added(GlsAnswer answer) {
    GlsAnswer.Parcel parcel =
        answer.parcels().stream()
            .findFirst()
            .orElseThrow(() -> new CarrierRejectedException("GLS refused: " + answer.text()));
    String number = parcel.field("NumeroSpedizione").orElse(REFUSED);
    if (REFUSED.equals(number)) {
      throw new CarrierRejectedException(
          "GLS refused the parcel: " + parcel.field("NoteSpedizione").orElse("no details"));
    }
    String pdf = parcel.field("PdfLabel").orElse("");
    return BookedLabel.checked("GLS", number, Base64.getMimeDecoder().decode(pdf));
  }

  /** GetPdf answers the label of a parcel by its counter, as base64 in one element. */
  private Uni<BookedLabel> reprint(GlsParcel parcel, String number) {
    LOG.infof("GLS parcel %s was booked by an earlier attempt; fetching its label", number);
    Map<String, String> form = account("CodiceCliente", "Password");
    form.put("CodiceContratto", http.required(config.contractCode(), "contract code"));
    form.put("ContatoreProgressivo", Long.toString(parcel.counter()));
    return http.send(() -> post("GetPdf", form))
        .map(response -> GlsAnswer.read(response.body()).text())
        .map(pdf -> BookedLabel.checked("GLS", number, Base64.getMimeDecoder().decode(pdf)));
  }

  /**
   * DeleteSped answers a sentence. Public client code only shows the one for an unknown parcel
   * ("Spedizione ... non presente."); the wording of a success is not public. A closed parcel can
   * no longer be deleted either.
   */
  private static void checkDeleted(String sentence) {
    String lower = sentence.toLowerCase();
    if (lower.contains("non presente") || lower.contains("chius")) {
      throw new CarrierRejectedException("GLS did not delete the parcel: " + sentence);
    }
  }

  private Map<String, String> deletion(String trackingCode) {
    Map<String, String> form = account("CodiceClienteGls", "PasswordClienteGls");
    form.put("NumSpedizione", trackingCode);
    return form;
  }

  /** The account fields; the operations name the customer code and password differently. */
  private Map<String, String> account(String customerField, String passwordField) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("SedeGls", http.required(config.branch(), "branch"));
    form.put(customerField, http.required(config.customerCode(), "customer code"));
    form.put(passwordField, http.required(config.password(), "password"));
    return form;
  }

  private HttpRequest post(String operation, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(field -> field.getKey() + "=" + encode(field.getValue()))
            .collect(Collectors.joining("&"));
    return HttpRequest.newBuilder(URI.create(config.baseUrl() + "/" + operation))
        .timeout(config.timeout())
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private static boolean sameCounter(String ddt, long counter) {
    return ddt.replaceFirst("^0+", "").equals(Long.toString(counter));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
