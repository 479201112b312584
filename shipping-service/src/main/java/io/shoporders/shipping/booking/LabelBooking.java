package io.shoporders.shipping.booking;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.shoporders.contracts.order.Address;
import io.shoporders.contracts.shipping.LabelCreated;
import io.shoporders.contracts.shipping.LabelFailed;
import io.shoporders.shipping.carrier.BookedLabel;
import io.shoporders.shipping.carrier.Carrier;
import io.shoporders.shipping.carrier.CarrierRejectedException;
import io.shoporders.shipping.carrier.CarrierUnavailableException;
import io.shoporders.shipping.carrier.Carriers;
import io.shoporders.shipping.domain.FailureReason;
import io.shoporders.shipping.domain.LabelAddress;
import io.shoporders.shipping.domain.ParcelCheck;
import io.shoporders.shipping.domain.ShipmentRequest;
import io.shoporders.shipping.domain.ShipmentStatus;
import io.shoporders.shipping.domain.ShippingSaga.Next;
import io.shoporders.shipping.persistence.Shipment;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Books the label of a shipment whose intent (status BOOKING) is committed: checks the parcel,
 * calls the carrier outside any transaction, then records the outcome and its event in one.
 */
@ApplicationScoped
class LabelBooking {

  private static final Logger LOG = Logger.getLogger(LabelBooking.class);

  private final Carriers carriers;
  private final CarrierCalls calls;
  private final ShippingEvents events;
  private final ShippingConfig config;

  LabelBooking(
      Carriers carriers, CarrierCalls calls, ShippingEvents events, ShippingConfig config) {
    this.carriers = carriers;
    this.calls = calls;
    this.events = events;
    this.config = config;
  }

  /** Books the order's label; {@link Next#VOID} when a cancellation crossed the booking. */
  Uni<Next> book(UUID orderId) {
    return Panache.withSession(() -> Shipment.<Shipment>findById(orderId))
        .chain(shipment -> book(shipment, carriers.forCountry(shipment.country)));
  }

  private Uni<Next> book(Shipment shipment, Carrier carrier) {
    Optional<FailureReason> problem =
        ParcelCheck.problemOf(shipment.address(), shipment.weightGrams, carrier.limits());
    if (problem.isPresent()) {
      return record(shipment.orderId, carrier, Outcome.failed(problem.get(), 0));
    }
    AtomicInteger attempts = new AtomicInteger();
    ShipmentRequest request = request(shipment, carrier);
    return calls
        .withRetries(() -> carrier.book(request), attempts)
        .map(label -> Outcome.booked(label, attempts.get()))
        .onFailure(CarrierUnavailableException.class)
        .recoverWithItem(() -> Outcome.failed(FailureReason.CARRIER_UNAVAILABLE, attempts.get()))
        .onFailure(CarrierRejectedException.class)
        .recoverWithItem(() -> Outcome.failed(FailureReason.CARRIER_REJECTED, attempts.get()))
        .chain(outcome -> record(shipment.orderId, carrier, outcome));
  }

  private Uni<Next> record(UUID orderId, Carrier carrier, Outcome outcome) {
    return Panache.withTransaction(
        () ->
            Shipment.lock(orderId)
                .chain(
                    shipment -> {
                      if (shipment.status != ShipmentStatus.BOOKING) {
                        LOG.infof(
                            "order %s: booking outcome after %s, ignored",
                            orderId, shipment.status);
                        return Uni.createFrom().item(Next.NOTHING);
                      }
                      shipment.attempts += Math.max(1, outcome.attempts());
                      shipment.carrier = carrier.code();
                      return outcome.label() == null
                          ? failed(shipment, outcome.reason())
                          : labelled(shipment, carrier, outcome.label());
                    }));
  }

  private Uni<Next> labelled(Shipment shipment, Carrier carrier, BookedLabel label) {
    shipment.serviceLevel = config.serviceLevel();
    shipment.trackingCode = label.trackingCode();
    shipment.trackingUrl = carrier.trackingUrl(label.trackingCode());
    shipment.labelPdf = label.labelPdf();
    shipment.failureReason = null;
    shipment.moveTo(ShipmentStatus.LABELLED);
    if (shipment.cancelledEventId != null) {
      LOG.infof("order %s: label made after the cancellation, voiding it", shipment.orderId);
      return Uni.createFrom().item(Next.VOID);
    }
    LOG.infof("order %s: label created by %s", shipment.orderId, carrier.code());
    return events
        .emit(shipment, shipment.reservedEventId, created(shipment))
        .replaceWith(Next.NOTHING);
  }

  private Uni<Next> failed(Shipment shipment, FailureReason reason) {
    shipment.failureReason = reason.code();
    if (shipment.cancelledEventId != null) {
      shipment.moveTo(ShipmentStatus.CANCELLED);
      return Uni.createFrom().item(Next.NOTHING);
    }
    shipment.moveTo(ShipmentStatus.FAILED);
    LOG.infof(
        "order %s: no label, %s after %d attempts",
        shipment.orderId, reason.code(), shipment.attempts);
    LabelFailed failed =
        new LabelFailed(shipment.carrier, reason.code(), reason.retryable(), shipment.attempts);
    return events.emit(shipment, shipment.reservedEventId, failed).replaceWith(Next.NOTHING);
  }

  private ShipmentRequest request(Shipment shipment, Carrier carrier) {
    return new ShipmentRequest(
        shipment.id,
        shipment.orderNumber,
        sender(carrier),
        LabelAddress.fit(shipment.address(), carrier.limits()).orElseThrow(),
        shipment.email,
        shipment.phone,
        shipment.weightGrams,
        config.serviceLevel());
  }

  private LabelAddress sender(Carrier carrier) {
    ShippingConfig.Sender sender = config.sender();
    Address address =
        new Address(
            sender.name(),
            sender.lines(),
            sender.postalCode().orElse(null),
            sender.city(),
            sender.province().orElse(null),
            sender.country());
    return LabelAddress.fit(address, carrier.limits())
        .orElseThrow(
            () -> new IllegalStateException("shipping.sender does not fit " + carrier.code()));
  }

  private static LabelCreated created(Shipment shipment) {
    return new LabelCreated(
        shipment.id,
        shipment.carrier,
        shipment.trackingCode,
        shipment.trackingUrl,
        shipment.serviceLevel,
        shipment.weightGrams,
        shipment.addressCorrectedAt == null ? null : shipment.address());
  }

  /** What one booking came to: a label, or the reason there is none. */
  private record Outcome(BookedLabel label, FailureReason reason, int attempts) {

    static Outcome booked(BookedLabel label, int attempts) {
      return new Outcome(label, null, attempts);
    }

    static Outcome failed(FailureReason reason, int attempts) {
      return new Outcome(null, reason, attempts);
    }
  }
}
