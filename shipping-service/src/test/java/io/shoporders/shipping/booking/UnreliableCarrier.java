package io.shoporders.shipping.booking;

import io.shoporders.shipping.carrier.BookedLabel;
import io.shoporders.shipping.carrier.Carrier;
import io.shoporders.shipping.carrier.CarrierUnavailableException;
import io.shoporders.shipping.domain.CarrierLimits;
import io.shoporders.shipping.domain.ShipmentRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test carrier whose outages a test scripts per order number: it answers HTTP 503 a given number
 * of times, or answers slowly, then books. Selected only under {@link UnreliableProfile}.
 */
@ApplicationScoped
public class UnreliableCarrier implements Carrier {

  static final String CODE = "unreliable";

  private static final Map<String, AtomicInteger> OUTAGES = new ConcurrentHashMap<>();
  private static final Map<String, Duration> DELAYS = new ConcurrentHashMap<>();

  /** The next {@code failures} bookings of the order fail as if the carrier answered 503. */
  static void failNext(String orderNumber, int failures) {
    OUTAGES.put(orderNumber, new AtomicInteger(failures));
  }

  /** Bookings of the order take {@code delay} to answer. */
  static void answerAfter(String orderNumber, Duration delay) {
    DELAYS.put(orderNumber, delay);
  }

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public CarrierLimits limits() {
    return new CarrierLimits(35, 2, 31_500);
  }

  @Override
  public Uni<BookedLabel> book(ShipmentRequest request) {
    AtomicInteger outage = OUTAGES.getOrDefault(request.orderNumber(), new AtomicInteger());
    if (outage.getAndDecrement() > 0) {
      return Uni.createFrom().failure(new CarrierUnavailableException("HTTP 503"));
    }
    BookedLabel label = new BookedLabel("UR" + request.reference(), "%PDF-1.7".getBytes());
    Duration delay = DELAYS.get(request.orderNumber());
    Uni<BookedLabel> answer = Uni.createFrom().item(label);
    return delay == null ? answer : answer.onItem().delayIt().by(delay);
  }

  @Override
  public Uni<Void> cancel(String trackingCode) {
    return Uni.createFrom().voidItem();
  }

  @Override
  public String trackingUrl(String trackingCode) {
    return "https://tracking.example.org/" + trackingCode;
  }
}
