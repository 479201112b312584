package io.shoporders.shipping.booking;

import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.EventPayload;
import io.shoporders.outbox.Outbox;
import io.shoporders.shipping.persistence.Shipment;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

/** Writes shipping-service's events to its outbox, in the caller's transaction. */
@ApplicationScoped
class ShippingEvents {

  private final Outbox outbox;
  private final Clock clock = Clock.systemUTC();

  ShippingEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  /** Emits {@code payload} for the shipment's order, as a reaction to event {@code cause}. */
  Uni<Void> emit(Shipment shipment, UUID cause, EventPayload payload) {
    return outbox.emit(EventEnvelope.causedBy(shipment.orderId, cause, payload, clock));
  }
}
