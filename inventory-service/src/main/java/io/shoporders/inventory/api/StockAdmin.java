package io.shoporders.inventory.api;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.shoporders.inventory.domain.StockLevel;
import io.shoporders.inventory.persistence.StockAdjustmentEntity;
import io.shoporders.inventory.persistence.StockEntity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.function.UnaryOperator;
import org.jboss.logging.Logger;

/**
 * Operators' changes of the stock. The row is locked like a reservation locks it, so a count
 * entered during a rush of orders never overwrites units reserved meanwhile.
 */
@ApplicationScoped
class StockAdmin {

  private static final Logger LOG = Logger.getLogger(StockAdmin.class);

  private final Clock clock;

  StockAdmin(Clock clock) {
    this.clock = clock;
  }

  /** Applies {@code change} and keeps it, with its reason, among the sku's adjustments. */
  Uni<StockView> change(String sku, UnaryOperator<StockLevel> change, String reason) {
    return Panache.withTransaction(
        () ->
            StockEntity.<StockEntity>findById(sku, LockModeType.PESSIMISTIC_WRITE)
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundException("stock", sku))
                .chain(row -> apply(row, change.apply(row.level()), reason)));
  }

  private Uni<StockView> apply(StockEntity row, StockLevel changed, String reason) {
    StockAdjustmentEntity adjustment = new StockAdjustmentEntity();
    adjustment.sku = row.sku;
    adjustment.delta = changed.onHand() - row.onHand;
    adjustment.onHand = changed.onHand();
    adjustment.reason = reason;
    adjustment.madeAt = clock.instant();
    row.apply(changed, clock.instant());

    return adjustment
        .persist()
        .invoke(
            () ->
                LOG.infof(
                    "Stock of %s changed by %d to %d on hand",
                    row.sku, adjustment.delta, changed.onHand()))
        .replaceWith(StockView.of(changed));
  }
}
