package io.shoporders.shipping.carrier.dhl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shoporders.shipping.carrier.BookedLabel;
import io.shoporders.shipping.carrier.Carrier;
import io.shoporders.shipping.carrier.CarrierHttp;
import io.shoporders.shipping.carrier.CarrierUnavailableException;
import io.shoporders.shipping.domain.CarrierLimits;
import io.shoporders.shipping.domain.ShipmentRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * DHL Parcel DE Shipping API v2 (developer.dhl.com): POST /orders books one shipment and returns
 * its label as a base64 PDF, DELETE /orders?shipment= voids it. Every call carries basic auth (the
 * business customer portal user) and the dhl-api-key header.
 *
 * <p>The shipment id travels as refNo, so a parcel can be matched to its order in DHL's portal. The
 * public API has no idempotency key and no search by refNo (GET /orders needs the shipment number
 * DHL assigned), so a booking whose answer was lost to a timeout cannot be looked up: the retry
 * books a second shipment. Both carry the same refNo; the public documentation does not say whether
 * a shipment that is never handed over is billed, so an operator can void the spare one.
 */
@ApplicationScoped
class DhlCarrier implements Carrier {

  static final String CODE = "dhl";
  private static final Logger LOG = Logger.getLogger(DhlCarrier.class);

  private final DhlConfig config;
  private final ObjectMapper json = new ObjectMapper();
  private final CarrierHttp http;

  DhlCarrier(DhlConfig config) {
    this.config = config;
    // 400 and 422 carry validationMessages, named field by field in the failure reason.
    this.http = new CarrierHttp("DHL", config.timeout(), body -> read(body).problems());
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
    return http.send(() -> booking(request))
        .map(this::labelOf)
        .invoke(label -> LOG.debugf("DHL booked %s for %s", label.trackingCode(), request));
  }

  @Override
  public Uni<Void> cancel(String trackingCode) {
    return http.send(() -> voiding(trackingCode)).replaceWithVoid();
  }

  @Override
  public String trackingUrl(String trackingCode) {
    return config.trackingUrl().replace("{trackingCode}", trackingCode);
  }

  private HttpRequest booking(ShipmentRequest request) {
    DhlOrder order = DhlOrder.of(request, config, http.required(config.billingNumber(), "billing"));
    // docFormat=PDF asks for the label itself, base64 in the answer, rather than a link to it.
    return authorised("/orders?docFormat=PDF")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(write(order)))
        .build();
  }

  private HttpRequest voiding(String trackingCode) {
    String query = "?profile=" + encode(config.profile()) + "&shipment=" + encode(trackingCode);
    return authorised("/orders" + query).DELETE().build();
  }

  private HttpRequest.Builder authorised(String path) {
    String user = http.required(config.username(), "username");
    String secret = http.required(config.password(), "password");
    String basic =
        Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(config.baseUrl() + path))
        .timeout(config.timeout())
        .header("Accept", "application/json")
        .header("Authorization", "Basic " + basic)
        .header("dhl-api-key", http.required(config.apiKey(), "API key"));
  }

  private BookedLabel labelOf(HttpResponse<String> response) {
    List<DhlAnswer.Item> items = read(response.body()).items();
    if (items == null || items.isEmpty() || items.get(0).label() == null) {
      throw new CarrierUnavailableException("DHL answered without a shipment");
    }
    DhlAnswer.Item item = items.get(0);
    byte[] pdf = Base64.getMimeDecoder().decode(item.label().b64());
    return BookedLabel.checked("DHL", item.shipmentNo(), pdf);
  }

  private DhlAnswer read(String body) {
    try {
      return json.readValue(body, DhlAnswer.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new CarrierUnavailableException("DHL answer is not readable", e);
    }
  }

  private String write(DhlOrder order) {
    try {
      return json.writeValueAsString(order);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("DHL order cannot be written", e);
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
