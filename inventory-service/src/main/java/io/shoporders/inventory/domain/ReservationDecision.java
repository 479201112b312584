package io.shoporders.inventory.domain;

import io.shoporders.contracts.inventory.Shortage;
import io.shoporders.contracts.inventory.StockLine;
import java.util.List;

/** The outcome of asking for an order's lines: all of them reserved, or none. */
public sealed interface ReservationDecision {

  /** Every sku had enough: the stock levels after reserving, and the units held per sku. */
  record Granted(List<StockLevel> levels, List<StockLine> held) implements ReservationDecision {

    public Granted {
      levels = List.copyOf(levels);
      held = List.copyOf(held);
    }
  }

  /** At least one sku was short: nothing is held, and these are the skus that were short. */
  record Refused(List<Shortage> shortages) implements ReservationDecision {

    public Refused {
      shortages = List.copyOf(shortages);
    }
  }
}
