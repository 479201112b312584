package io.shoporders.inventory.domain;

import io.shoporders.contracts.inventory.Shortage;
import io.shoporders.contracts.inventory.StockLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reserves an order all at once or not at all. Lines of the same sku count as one summed quantity,
 * so two lines of 3 against 5 available are short by one, not two successes.
 */
public final class ReservationRule {

  private ReservationRule() {}

  /**
   * Decides for {@code lines} against {@code stock}, which holds the current level of each sku that
   * is stocked; a sku without a level has nothing available.
   */
  public static ReservationDecision decide(
      List<RequestedLine> lines, Map<String, StockLevel> stock) {
    Map<String, Integer> wanted = summedBySku(lines);
    List<Shortage> shortages = shortages(wanted, stock);
    if (!shortages.isEmpty()) {
      return new ReservationDecision.Refused(shortages);
    }
    return granted(wanted, stock);
  }

  /** Quantities per sku in sku order: the order in which rows are locked and reported. */
  public static Map<String, Integer> summedBySku(List<RequestedLine> lines) {
    Map<String, Integer> wanted = new TreeMap<>();
    lines.forEach(line -> wanted.merge(line.sku(), line.quantity(), Math::addExact));
    return wanted;
  }

  private static List<Shortage> shortages(
      Map<String, Integer> wanted, Map<String, StockLevel> stock) {
    List<Shortage> shortages = new ArrayList<>();
    wanted.forEach(
        (sku, quantity) -> {
          int available = levelOf(sku, stock).available();
          if (available < quantity) {
            shortages.add(new Shortage(sku, quantity, available));
          }
        });
    return shortages;
  }

  private static ReservationDecision granted(
      Map<String, Integer> wanted, Map<String, StockLevel> stock) {
    List<StockLevel> levels = new ArrayList<>();
    List<StockLine> held = new ArrayList<>();
    wanted.forEach(
        (sku, quantity) -> {
          levels.add(levelOf(sku, stock).reserve(quantity));
          held.add(new StockLine(sku, quantity));
        });
    return new ReservationDecision.Granted(levels, held);
  }

  private static StockLevel levelOf(String sku, Map<String, StockLevel> stock) {
    return stock.getOrDefault(sku, StockLevel.none(sku));
  }
}
