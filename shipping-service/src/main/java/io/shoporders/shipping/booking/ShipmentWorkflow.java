package io.shoporders.shipping.booking;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.inventory.StockReserved;
import io.shoporders.contracts.order.Address;
import io.shoporders.contracts.order.OrderCancelled;
import io.shoporders.contracts.order.OrderPlaced;
import io.shoporders.outbox.IdempotentConsumer;
import io.shoporders.shipping.domain.ParcelWeight;
import io.shoporders.shipping.domain.ShipmentStatus;
import io.shoporders.shipping.domain.ShippingSaga;
import io.shoporders.shipping.domain.ShippingSaga.Next;
import io.shoporders.shipping.persistence.Shipment;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import org.jboss.logging.Logger;

/**
 * shipping-service's reactions. Each event is recorded as a fact in the inbox transaction, which
 * also records the intent of the step it enables (status BOOKING); the carrier is called after that
 * commit, and its outcome is recorded in a transaction of its own.
 */
@ApplicationScoped
public class ShipmentWorkflow {

  /** The consumer group, which also names the inbox entries. */
  public static final String CONSUMER = "shipping-service";

  private static final Logger LOG = Logger.getLogger(ShipmentWorkflow.class);

  private final IdempotentConsumer consumer;
  private final LabelBooking booking;
  private final LabelVoiding voiding;

  ShipmentWorkflow(IdempotentConsumer consumer, LabelBooking booking, LabelVoiding voiding) {
    this.consumer = consumer;
    this.booking = booking;
    this.voiding = voiding;
  }

  /** Records address, contact and parcel weight; books if the stock is reserved already. */
  public Uni<Void> onOrderPlaced(String json) {
    return react(json, OrderPlaced.class, ShipmentWorkflow::recordPlaced);
  }

  /** Records the reservation; books once the address is known, never after a cancellation. */
  public Uni<Void> onStockReserved(String json) {
    return react(
        json,
        StockReserved.class,
        (shipment, event) -> {
          if (shipment.reservedEventId == null) {
            shipment.reservedEventId = event.eventId();
          }
        });
  }

  /** Records the cancellation; voids a label this service made. */
  public Uni<Void> onOrderCancelled(String json) {
    return react(
        json,
        OrderCancelled.class,
        (shipment, event) -> {
          if (shipment.cancelledEventId == null) {
            shipment.cancelledEventId = event.eventId();
          }
        });
  }

  /**
   * An operator's retry: books again after a failure or a booking that never finished, or voids a
   * label a cancellation could not void. Fails with {@link NotRetryableException} otherwise.
   */
  public Uni<Void> retry(UUID orderId) {
    return Panache.withTransaction(() -> Shipment.lock(orderId).map(this::retryStep))
        .chain(next -> act(orderId, next));
  }

  /**
   * Takes over the oldest booking left BOOKING since before {@code staleBefore}, which a stop cut
   * off between its intent and its outcome, and books it again as an operator's retry would. The
   * claim stamps the shipment, so nobody takes it again until it is stale once more. Answers
   * whether there was one; a failed booking is logged and left for a later sweep.
   */
  public Uni<Boolean> resumeStaleBooking(Instant staleBefore) {
    return Panache.withTransaction(
            () -> Shipment.lockStaleBooking(staleBefore).map(ShipmentWorkflow::resumeStep))
        .chain(step -> step == null ? Uni.createFrom().item(false) : resume(step));
  }

  private Uni<Boolean> resume(Step step) {
    return act(step.orderId(), step.next())
        .onFailure()
        .invoke(f -> LOG.errorf(f, "order %s: resumed %s stopped", step.orderId(), step.next()))
        .onFailure()
        .recoverWithNull()
        .replaceWith(true);
  }

  private static Step resumeStep(Shipment shipment) {
    if (shipment == null) {
      return null;
    }
    Next next = ShippingSaga.retry(shipment.status, shipment.cancelledEventId != null);
    LOG.infof("order %s: booking cut off by a stop, %s again", shipment.orderId, next);
    return new Step(shipment.orderId, begin(shipment, next));
  }

  /**
   * An operator's correction of the address, for a shipment still waiting for its stock or one that
   * failed (typically {@code address_needs_review}); a failed one is booked again at once. Fails
   * with {@link AddressNotCorrectableException} once a label exists or the order is cancelled.
   */
  public Uni<Void> correctAddress(UUID orderId, Address address) {
    return Panache.withTransaction(
            () -> Shipment.lock(orderId).map(shipment -> correctionStep(shipment, address)))
        .chain(next -> act(orderId, next));
  }

  private Next correctionStep(Shipment shipment, Address address) {
    if (shipment == null) {
      throw new ShipmentNotFoundException();
    }
    if (shipment.placedEventId == null) {
      // OrderPlaced, read later, would write the address as ordered over the correction.
      throw new AddressNotCorrectableException();
    }
    boolean cancelled = shipment.cancelledEventId != null;
    if (!ShippingSaga.takesANewAddress(shipment.status, cancelled)) {
      throw new AddressNotCorrectableException(shipment.status, cancelled);
    }
    shipment.recordAddress(address);
    shipment.addressCorrectedAt = Instant.now();
    shipment.failureReason = null;
    Next next = shipment.status == ShipmentStatus.FAILED ? Next.BOOK : Next.NOTHING;
    LOG.infof("order %s: operator corrected the address, %s", shipment.orderId, next);
    return begin(shipment, next);
  }

  private Next retryStep(Shipment shipment) {
    if (shipment == null) {
      throw new ShipmentNotFoundException();
    }
    Next next = ShippingSaga.retry(shipment.status, shipment.cancelledEventId != null);
    if (next == Next.NOTHING) {
      throw new NotRetryableException(shipment.status);
    }
    LOG.infof("order %s: operator retry, %s", shipment.orderId, next);
    return begin(shipment, next);
  }

  private <P extends EventPayload> Uni<Void> react(
      String json, Class<P> type, BiConsumer<Shipment, EventEnvelope<P>> record) {
    AtomicReference<UUID> order = new AtomicReference<>();
    AtomicReference<Next> next = new AtomicReference<>(Next.NOTHING);
    return consumer
        .handle(
            CONSUMER,
            json,
            type,
            event ->
                Shipment.lockOrCreate(event.orderId())
                    .invoke(shipment -> record.accept(shipment, event))
                    .invoke(shipment -> order.set(shipment.orderId))
                    .invoke(shipment -> next.set(begin(shipment, shipment.next())))
                    .replaceWithVoid())
        .chain(() -> afterCommit(order.get(), next.get()));
  }

  /**
   * The event is recorded as handled once its fact commits; a carrier step that fails afterwards
   * leaves a visible state (BOOKING, or LABELLED and cancelled) for an operator's retry, instead of
   * dead-lettering an event whose redelivery would be skipped.
   */
  private Uni<Void> afterCommit(UUID orderId, Next next) {
    return act(orderId, next)
        .onFailure()
        .invoke(f -> LOG.errorf(f, "order %s: %s stopped, an operator must retry", orderId, next))
        .onFailure()
        .recoverWithNull();
  }

  /** Writes the intent of {@code next} into the open transaction: nobody else starts it. */
  private static Next begin(Shipment shipment, Next next) {
    switch (next) {
      case BOOK -> shipment.moveTo(ShipmentStatus.BOOKING);
      case CLOSE -> {
        shipment.moveTo(ShipmentStatus.CANCELLED);
        LOG.infof("order %s: cancelled before any label, none will be made", shipment.orderId);
      }
      case VOID, NOTHING -> {}
    }
    return next;
  }

  /** Runs the carrier step after its intent committed. */
  private Uni<Void> act(UUID orderId, Next next) {
    return switch (next) {
      case BOOK -> booking.book(orderId).chain(after -> act(orderId, after));
      case VOID -> voiding.voidLabel(orderId);
      case CLOSE, NOTHING -> Uni.createFrom().voidItem();
    };
  }

  /** A carrier step whose intent committed, to run next. */
  private record Step(UUID orderId, Next next) {}

  private static void recordPlaced(Shipment shipment, EventEnvelope<OrderPlaced> event) {
    if (shipment.placedEventId != null) {
      return;
    }
    OrderPlaced placed = event.payload();
    shipment.placedEventId = event.eventId();
    shipment.orderNumber = placed.orderNumber();
    shipment.recordAddress(placed.shippingAddress());
    shipment.email = placed.customer().email();
    shipment.phone = placed.customer().phone();
    shipment.weightGrams = ParcelWeight.gramsOf(placed.lines());
  }
}
