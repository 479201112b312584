package io.shoporders.inventory.messaging;

import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.inventory.StockLine;
import io.shoporders.contracts.inventory.StockReleased;
import io.shoporders.inventory.domain.ReservationStatus;
import io.shoporders.inventory.domain.StockLevel;
import io.shoporders.inventory.persistence.ReservationEntity;
import io.shoporders.inventory.persistence.ReservationLineEntity;
import io.shoporders.inventory.persistence.StockEntity;
import io.shoporders.inventory.persistence.StockRows;
import io.shoporders.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jboss.logging.Logger;

/**
 * Closes a reservation: a capture ships its units, a cancellation gives them back once. Runs inside
 * the consumer's transaction, with the order's row already locked.
 */
@ApplicationScoped
class Settlements {

  private static final Logger LOG = Logger.getLogger(Settlements.class);

  private final StockRows stockRows;
  private final Outbox outbox;
  private final Clock clock;

  Settlements(StockRows stockRows, Outbox outbox, Clock clock) {
    this.stockRows = stockRows;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** On hand goes down by the reserved units and the reservation closes as CAPTURED. */
  Uni<Void> ship(ReservationEntity reservation) {
    if (!reservation.status.capturable()) {
      LOG.infof(
          "Order %s: capture ignored, reservation is %s", reservation.orderId, reservation.status);
      return Uni.createFrom().voidItem();
    }
    return move(reservation, StockLevel::ship)
        .invoke(lines -> reservation.close(ReservationStatus.CAPTURED, clock.instant()))
        .invoke(
            lines -> LOG.infof("Order %s: reserved stock shipped %s", reservation.orderId, lines))
        .replaceWithVoid();
  }

  /** Gives held or shipped units back and emits StockReleased; a second release does nothing. */
  Uni<Void> release(ReservationEntity reservation, EventEnvelope<?> cancellation) {
    ReservationStatus.Release release = reservation.status.onCancel();
    if (release == ReservationStatus.Release.NOTHING) {
      LOG.infof(
          "Order %s: nothing to release, reservation is %s",
          reservation.orderId, reservation.status);
      return Uni.createFrom().voidItem();
    }
    return move(
            reservation,
            release == ReservationStatus.Release.UNRESERVE
                ? StockLevel::release
                : StockLevel::restock)
        .invoke(lines -> reservation.close(ReservationStatus.RELEASED, clock.instant()))
        .call(
            lines ->
                outbox.emit(EventEnvelope.causedBy(cancellation, new StockReleased(lines), clock)))
        .invoke(lines -> LOG.infof("Order %s: stock released %s", reservation.orderId, lines))
        .replaceWithVoid();
  }

  /** Applies {@code change} with each line's quantity to the locked stock rows. */
  private Uni<List<StockLine>> move(
      ReservationEntity reservation, BiFunction<StockLevel, Integer, StockLevel> change) {
    return ReservationLineEntity.<ReservationLineEntity>list("orderId", reservation.orderId)
        .map(held -> held.stream().map(ReservationLineEntity::stockLine).toList())
        .call(
            lines ->
                stockRows
                    .lockedBySku(lines.stream().map(StockLine::sku).toList())
                    .invoke(rows -> apply(rows, lines, change)));
  }

  private void apply(
      Map<String, StockEntity> rows,
      List<StockLine> lines,
      BiFunction<StockLevel, Integer, StockLevel> change) {
    for (StockLine line : lines) {
      StockEntity row = rows.get(line.sku());
      row.apply(change.apply(row.level(), line.quantity()), clock.instant());
    }
  }
}
