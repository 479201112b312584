package io.shoporders.order.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.shoporders.contracts.money.Money;
import io.shoporders.contracts.order.OrderLine;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** One line of an order, priced when the order was placed. */
@Entity
@Table(name = "order_line")
@IdClass(OrderLineEntity.Key.class)
public class OrderLineEntity extends PanacheEntityBase {

  @Id public UUID orderId;
  @Id public int lineNo;
  public String sku;
  public String name;
  public int quantity;
  public long unitPriceMinor;
  public int vatRateBasisPoints;
  public long lineTotalMinor;
  public int unitWeightGrams;

  static OrderLineEntity of(UUID orderId, int lineNo, OrderLine line) {
    OrderLineEntity entity = new OrderLineEntity();
    entity.orderId = orderId;
    entity.lineNo = lineNo;
    entity.sku = line.sku();
    entity.name = line.name();
    entity.quantity = line.quantity();
    entity.unitPriceMinor = line.unitPrice().amountMinor();
    entity.vatRateBasisPoints = line.vatRateBasisPoints();
    entity.lineTotalMinor = line.lineTotal().amountMinor();
    entity.unitWeightGrams = line.unitWeightGrams();
    return entity;
  }

  /** The line as the contracts describe it, in the order's currency. */
  public OrderLine toLine(String currency) {
    return new OrderLine(
        sku,
        name,
        quantity,
        Money.ofMinor(unitPriceMinor, currency),
        vatRateBasisPoints,
        Money.ofMinor(lineTotalMinor, currency),
        unitWeightGrams);
  }

  /** The composite primary key: the order and the line's position in it. */
  public static class Key implements Serializable {
    public UUID orderId;
    public int lineNo;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && key.lineNo == lineNo
          && Objects.equals(key.orderId, orderId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(orderId, lineNo);
    }
  }
}
