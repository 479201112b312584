package io.shoporders.shipping.booking;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.shoporders.contracts.shipping.LabelVoided;
import io.shoporders.shipping.carrier.Carriers;
import io.shoporders.shipping.domain.ShipmentStatus;
import io.shoporders.shipping.persistence.Shipment;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Voids the label of a cancelled order at the carrier that made it, outside any transaction, then
 * records LABELLED to VOIDED with its LabelVoided event. A carrier that stays unavailable leaves
 * the label LABELLED and cancelled, which an operator's retry voids later.
 */
@ApplicationScoped
class LabelVoiding {

  private static final Logger LOG = Logger.getLogger(LabelVoiding.class);

  private final Carriers carriers;
  private final CarrierCalls calls;
  private final ShippingEvents events;

  LabelVoiding(Carriers carriers, CarrierCalls calls, ShippingEvents events) {
    this.carriers = carriers;
    this.calls = calls;
    this.events = events;
  }

  Uni<Void> voidLabel(UUID orderId) {
    return Panache.withSession(() -> Shipment.<Shipment>findById(orderId))
        .chain(
            shipment ->
                calls.withRetries(
                    () -> carriers.named(shipment.carrier).cancel(shipment.trackingCode),
                    new AtomicInteger()))
        .chain(() -> recordVoided(orderId))
        .onFailure()
        .recoverWithUni(
            failure -> {
              LOG.warnf(
                  "order %s: label not voided, an operator must retry (%s)", orderId, failure);
              return Uni.createFrom().voidItem();
            });
  }

  private Uni<Void> recordVoided(UUID orderId) {
    return Panache.withTransaction(
        () ->
            Shipment.lock(orderId)
                .chain(
                    shipment -> {
                      if (shipment.status != ShipmentStatus.LABELLED) {
                        return Uni.createFrom().voidItem();
                      }
                      shipment.moveTo(ShipmentStatus.VOIDED);
                      LOG.infof("order %s: label voided at %s", orderId, shipment.carrier);
                      LabelVoided voided =
                          new LabelVoided(shipment.id, shipment.carrier, shipment.trackingCode);
                      return events.emit(shipment, shipment.cancelledEventId, voided);
                    }));
  }
}
