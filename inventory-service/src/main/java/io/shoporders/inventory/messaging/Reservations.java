package io.shoporders.inventory.messaging;

import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.inventory.ReservedLine;
import io.shoporders.contracts.inventory.StockReserved;
import io.shoporders.contracts.inventory.StockUnavailable;
import io.shoporders.inventory.domain.RequestedLine;
import io.shoporders.inventory.domain.ReservationDecision;
import io.shoporders.inventory.domain.ReservationRule;
import io.shoporders.inventory.domain.ReservationStatus;
import io.shoporders.inventory.persistence.OrderLineEntity;
import io.shoporders.inventory.persistence.OrderRecordEntity;
import io.shoporders.inventory.persistence.ProductEntity;
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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Reserves an order's lines once both its lines and its payment's authorization are recorded, all
 * lines or none, and emits StockReserved or StockUnavailable. Runs inside the consumer's
 * transaction, with the order's row already locked.
 */
@ApplicationScoped
class Reservations {

  private static final Logger LOG = Logger.getLogger(Reservations.class);

  private final StockRows stockRows;
  private final Outbox outbox;
  private final Clock clock;

  Reservations(StockRows stockRows, Outbox outbox, Clock clock) {
    this.stockRows = stockRows;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** Reserves when the order is ready and was never reserved or refused before. */
  Uni<Void> reserveIfReady(OrderRecordEntity order) {
    if (!order.readyToReserve()) {
      return Uni.createFrom().voidItem();
    }
    return ReservationEntity.<ReservationEntity>findById(order.orderId)
        .chain(existing -> existing == null ? reserve(order) : Uni.createFrom().voidItem());
  }

  private Uni<Void> reserve(OrderRecordEntity order) {
    return OrderLineEntity.<OrderLineEntity>list("orderId = ?1 order by lineNo", order.orderId)
        .chain(lines -> reserve(order, lines));
  }

  private Uni<Void> reserve(OrderRecordEntity order, List<OrderLineEntity> lines) {
    List<RequestedLine> requested = lines.stream().map(OrderLineEntity::requested).toList();
    Map<String, Integer> wanted = ReservationRule.summedBySku(requested);
    return stockRows
        .lockedBySku(wanted.keySet())
        .chain(
            rows -> {
              ReservationDecision decision =
                  ReservationRule.decide(requested, StockRows.levels(rows));
              if (decision instanceof ReservationDecision.Granted granted) {
                return hold(order, lines, rows, granted);
              }
              return refuse(order, (ReservationDecision.Refused) decision);
            });
  }

  private Uni<Void> hold(
      OrderRecordEntity order,
      List<OrderLineEntity> lines,
      Map<String, StockEntity> rows,
      ReservationDecision.Granted granted) {
    granted.levels().forEach(level -> rows.get(level.sku()).apply(level, clock.instant()));
    ReservationEntity reservation = reservation(order, ReservationStatus.HELD);
    List<ReservationLineEntity> held =
        granted.held().stream().map(line -> ReservationLineEntity.of(order.orderId, line)).toList();

    return reservation
        .persist()
        .chain(() -> ReservationLineEntity.persist(held))
        .chain(() -> reservedLines(lines))
        .chain(reserved -> emit(order, new StockReserved(reserved)))
        .invoke(() -> LOG.infof("Order %s: stock reserved %s", order.orderId, granted.held()));
  }

  private Uni<Void> refuse(OrderRecordEntity order, ReservationDecision.Refused refused) {
    return reservation(order, ReservationStatus.REFUSED)
        .persist()
        .chain(() -> emit(order, new StockUnavailable(refused.shortages())))
        .invoke(
            () -> LOG.infof("Order %s: stock unavailable %s", order.orderId, refused.shortages()));
  }

  /** One entry per order line, with where its sku ships from. */
  private static Uni<List<ReservedLine>> reservedLines(List<OrderLineEntity> lines) {
    List<String> skus = lines.stream().map(line -> line.sku).distinct().toList();
    return ProductEntity.<ProductEntity>list("sku in ?1", skus)
        .map(
            products ->
                products.stream().collect(Collectors.toMap(p -> p.sku, Function.identity())))
        .map(
            products ->
                lines.stream()
                    .map(l -> new ReservedLine(l.sku, l.quantity, products.get(l.sku).origin()))
                    .toList());
  }

  private ReservationEntity reservation(OrderRecordEntity order, ReservationStatus status) {
    return ReservationEntity.of(order.orderId, status, order.authorizationEventId, clock.instant());
  }

  private Uni<Void> emit(OrderRecordEntity order, EventPayload payload) {
    return outbox.emit(
        EventEnvelope.causedBy(order.orderId, order.authorizationEventId, payload, clock));
  }
}
