package io.shoporders.shipping.carrier.poste;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shoporders.shipping.carrier.BookedLabel;
import io.shoporders.shipping.carrier.Carrier;
import io.shoporders.shipping.carrier.CarrierHttp;
import io.shoporders.shipping.carrier.CarrierRejectedException;
import io.shoporders.shipping.carrier.CarrierUnavailableException;
import io.shoporders.shipping.domain.CarrierLimits;
import io.shoporders.shipping.domain.ShipmentRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.jboss.logging.Logger;

/**
 * Poste Delivery Business (Poste Italiane's parcel API, OAuth client credentials): POST
 * /postalandlogistics/parcel/waybill books one national waybill and answers its code and a link to
 * its PDF, which is downloaded at once. Every call carries the bearer token and the POSTE_clientID
 * header. Poste's manual goes to contract holders; the shapes here follow public client code.
 *
 * <p>The shipment id travels as clientReferenceId (Poste: unique per customer). Whether Poste
 * refuses a second waybill with the same clientReferenceId is not public, and the public API has no
 * search by it, so a booking whose answer (or label download) was lost may leave a spare waybill
 * carrying the same reference. Whether a waybill that is never handed over is billed is not public;
 * an operator cancels the spare one in Poste's portal.
 *
 * <p>The public API has no call that cancels a waybill, so {@link #cancel} is a rejection that
 * sends an operator to the portal.
 */
@ApplicationScoped
class PosteCarrier implements Carrier {

  static final String CODE = "poste";
  private static final Logger LOG = Logger.getLogger(PosteCarrier.class);

  private final PosteConfig config;
  private final CarrierHttp http;
  private final PosteSession session;
  private final Clock clock = Clock.systemUTC();
  private final ObjectMapper json = new ObjectMapper();

  PosteCarrier(PosteConfig config) {
    this.config = config;
    this.http = new CarrierHttp("Poste", config.timeout(), body -> read(body).problems());
    this.session = new PosteSession(config, http, clock);
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
        .item(() -> write(waybillOf(request)))
        .chain(body -> session.token().chain(token -> http.send(() -> creation(body, token))))
        .map(response -> created(read(response.body())))
        .chain(this::labelOf)
        .invoke(label -> LOG.debugf("Poste booked %s for %s", label.trackingCode(), request));
  }

  @Override
  public Uni<Void> cancel(String trackingCode) {
    return Uni.createFrom()
        .failure(
            new CarrierRejectedException(
                "Poste's API cannot cancel waybill " + trackingCode + ": cancel it in the portal"));
  }

  @Override
  public String trackingUrl(String trackingCode) {
    return config.trackingUrl().replace("{trackingCode}", trackingCode);
  }

  private PosteWaybill waybillOf(ShipmentRequest request) {
    String costCenter = http.required(config.costCenter(), "cost center");
    OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    return PosteWaybill.of(request, config, costCenter, now);
  }

  private HttpRequest creation(String body, String token) {
    return HttpRequest.newBuilder(
            URI.create(config.baseUrl() + "/postalandlogistics/parcel/waybill"))
        .timeout(config.timeout())
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .header("Authorization", "Bearer " + token)
        .header("POSTE_clientID", http.required(config.clientId(), "client id"))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  /** A 200 can still carry errorCode >= 1: Poste's way of refusing the waybill's data. */
  private static PosteAnswer.Waybill created(PosteAnswer answer) {
    if (answer.failed()) {
      throw new CarrierRejectedException("Poste refused the waybill: " + answer.problems());
    }
    if (answer.waybills() == null || answer.waybills().isEmpty()) {
      throw new CarrierUnavailableException("Poste answered without a waybill");
    }
    PosteAnswer.Waybill waybill = answer.waybills().get(0);
    if (waybill.downloadURL() == null || waybill.downloadURL().isBlank()) {
      throw new CarrierRejectedException("Poste answered no label link: check the print format");
    }
    return waybill;
  }

  /** The link is pre-signed (it carries its own token): no credentials go with it. */
  private Uni<BookedLabel> labelOf(PosteAnswer.Waybill waybill) {
    HttpRequest download =
        HttpRequest.newBuilder(URI.create(waybill.downloadURL())).timeout(config.timeout()).build();
    return http.download(() -> download)
        .map(response -> BookedLabel.checked("Poste", waybill.code(), response.body()));
  }

  private PosteAnswer read(String body) {
    try {
      return json.readValue(body, PosteAnswer.class);
    } catch (JsonProcessingException e) {
      throw new CarrierUnavailableException("Poste answer is not readable", e);
    }
  }

  private String write(PosteWaybill waybill) {
    try {
      return json.writeValueAsString(waybill);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Poste waybill cannot be written", e);
    }
  }
}
