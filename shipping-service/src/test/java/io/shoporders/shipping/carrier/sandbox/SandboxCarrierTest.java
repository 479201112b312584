package io.shoporders.shipping.carrier.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shoporders.shipping.carrier.BookedLabel;
import io.shoporders.shipping.carrier.CarrierRejectedException;
import io.shoporders.shipping.domain.LabelAddress;
import io.shoporders.shipping.domain.S10TrackingNumber;
import io.shoporders.shipping.domain.ShipmentRequest;
import io.vertx.mutiny.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SandboxCarrierTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  private final Vertx vertx = Vertx.vertx();
  private final SandboxCarrier carrier = new SandboxCarrier(new Config(), vertx);

  @AfterEach
  void closeVertx() {
    vertx.closeAndAwait();
  }

  @Test
  void issuesAValidS10TrackingNumberOfItsCountry() {
    BookedLabel label = carrier.book(request(UUID.randomUUID(), "20121")).await().atMost(WAIT);

    S10TrackingNumber number = S10TrackingNumber.parse(label.trackingCode());
    assertThat(number.serviceIndicator()).isEqualTo("CA");
    assertThat(number.country()).isEqualTo("IT");
    assertThat(label.labelPdf()).startsWith("%PDF".getBytes());
  }

  @Test
  void bookingTheSameReferenceTwiceReturnsTheSameParcel() {
    UUID reference = UUID.randomUUID();

    BookedLabel first = carrier.book(request(reference, "20121")).await().atMost(WAIT);
    BookedLabel second = carrier.book(request(reference, "20121")).await().atMost(WAIT);

    assertThat(second.trackingCode()).isEqualTo(first.trackingCode());
  }

  @Test
  void rejectsAPostalCodeOfZeros() {
    assertThatThrownBy(() -> carrier.book(request(UUID.randomUUID(), "00000")).await().atMost(WAIT))
        .isInstanceOf(CarrierRejectedException.class);
  }

  @Test
  void voidsOnlyItsOwnTrackingNumbers() {
    carrier.cancel("CA473124829IT").await().atMost(WAIT);

    assertThatThrownBy(() -> carrier.cancel("1Z999AA10123456784").await().atMost(WAIT))
        .isInstanceOf(CarrierRejectedException.class);
  }

  @Test
  void linksToItsTrackingPage() {
    assertThat(carrier.trackingUrl("CA473124829IT"))
        .isEqualTo("http://127.0.0.1:8084/sandbox/tracking/CA473124829IT");
  }

  private static ShipmentRequest request(UUID reference, String postalCode) {
    LabelAddress sender =
        new LabelAddress("Shop", List.of("Via Example 1"), "20121", "Milano", null, "IT");
    LabelAddress recipient =
        new LabelAddress("Zoe", List.of("Via Roma 1"), postalCode, "Roma", null, "IT");
    return new ShipmentRequest(
        reference, "SO-1", sender, recipient, "zoe@example.org", null, 500, "standard");
  }

  private static final class Config implements SandboxConfig {

    @Override
    public String serviceIndicator() {
      return "CA";
    }

    @Override
    public String country() {
      return "IT";
    }

    @Override
    public String trackingUrl() {
      return "http://127.0.0.1:8084/sandbox/tracking/{trackingCode}";
    }

    @Override
    public int lineLength() {
      return 35;
    }

    @Override
    public int streetLines() {
      return 2;
    }

    @Override
    public int maxWeightGrams() {
      return 31_500;
    }
  }
}
