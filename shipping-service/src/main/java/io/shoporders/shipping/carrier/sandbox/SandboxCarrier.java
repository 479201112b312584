package io.shoporders.shipping.carrier.sandbox;

import io.shoporders.shipping.carrier.BookedLabel;
import io.shoporders.shipping.carrier.Carrier;
import io.shoporders.shipping.carrier.CarrierRejectedException;
import io.shoporders.shipping.domain.CarrierLimits;
import io.shoporders.shipping.domain.S10TrackingNumber;
import io.shoporders.shipping.domain.ShipmentRequest;
import io.shoporders.shipping.label.A6Label;
import io.shoporders.shipping.label.LabelContent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * A carrier for local runs and tests that needs no account: it books at once, gives each parcel an
 * UPU S10 tracking number and draws a real A6 label. Like a real carrier's idempotency key, the
 * shipment reference decides the tracking number, so booking one reference twice returns the same
 * parcel. It rejects what real carriers reject: a postal code of only zeros, and voiding a tracking
 * number that is not one of its own.
 */
@ApplicationScoped
class SandboxCarrier implements Carrier {

  static final String CODE = "sandbox";
  private static final int SERIALS = 100_000_000;

  private final SandboxConfig config;
  private final Vertx vertx;
  private final A6Label label = new A6Label();

  SandboxCarrier(SandboxConfig config, Vertx vertx) {
    this.config = config;
    this.vertx = vertx;
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
    String postalCode = request.recipient().postalCode();
    if (postalCode != null && postalCode.chars().allMatch(c -> c == '0')) {
      return Uni.createFrom().failure(new CarrierRejectedException("postal code is not valid"));
    }
    String tracking = trackingNumberOf(request.reference()).toString();
    // Drawing a PDF takes milliseconds of CPU: off the event loop, back on the caller's context.
    return vertx.executeBlocking(
        Uni.createFrom().item(() -> new BookedLabel(tracking, draw(request, tracking))));
  }

  @Override
  public Uni<Void> cancel(String trackingCode) {
    return Uni.createFrom()
        .item(() -> S10TrackingNumber.parse(trackingCode))
        .onFailure(IllegalArgumentException.class)
        .transform(e -> new CarrierRejectedException("not a sandbox tracking number"))
        .replaceWithVoid();
  }

  @Override
  public String trackingUrl(String trackingCode) {
    return config.trackingUrl().replace("{trackingCode}", trackingCode);
  }

  S10TrackingNumber trackingNumberOf(UUID reference) {
    long mixed = reference.getMostSignificantBits() ^ reference.getLeastSignificantBits();
    String serial = String.format("%08d", Math.floorMod(mixed, SERIALS));
    return new S10TrackingNumber(config.serviceIndicator(), serial, config.country());
  }

  private byte[] draw(ShipmentRequest request, String tracking) {
    return label.render(
        new LabelContent(
            "Sandbox",
            request.serviceLevel(),
            tracking,
            request.orderNumber(),
            request.weightGrams(),
            request.sender(),
            request.recipient()));
  }
}
