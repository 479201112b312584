package io.shoporders.inventory.persistence;

import io.shoporders.inventory.domain.StockLevel;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads stock rows for a change, locked until the transaction ends.
 *
 * <p>Why row locks and not a conditional {@code UPDATE ... WHERE on_hand - reserved - safety >=
 * qty}: an order is reserved all at once, and its shortages must report how many units were
 * available. With {@code SELECT ... FOR UPDATE} the whole decision is made by the domain rule on
 * numbers nobody else can change until commit, and it needs no partial undo when the third line of
 * an order turns out short. Rows are always locked in sku order (after the order's own row), so two
 * orders that share skus wait for each other instead of deadlocking. The table's CHECK constraints
 * stay as the last guard: a bug can fail a transaction, never oversell.
 */
@ApplicationScoped
public class StockRows {

  /** The rows of {@code skus} that exist, locked in sku order, by sku. */
  public Uni<Map<String, StockEntity>> lockedBySku(Collection<String> skus) {
    List<String> sorted = List.copyOf(new TreeSet<>(skus));
    return StockEntity.<StockEntity>find("sku in ?1 order by sku", sorted)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .list()
        .map(rows -> rows.stream().collect(Collectors.toMap(row -> row.sku, Function.identity())));
  }

  /** The domain's view of locked rows. */
  public static Map<String, StockLevel> levels(Map<String, StockEntity> rows) {
    return rows.values().stream().collect(Collectors.toMap(row -> row.sku, StockEntity::level));
  }
}
