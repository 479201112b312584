package io.shoporders.inventory.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.shoporders.inventory.domain.RequestedLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** One line of an order, as OrderPlaced listed it. */
@Entity
@Table(name = "order_line")
@IdClass(OrderLineEntity.Key.class)
public class OrderLineEntity extends PanacheEntityBase {

  @Id
  @Column(name = "order_id")
  public UUID orderId;

  @Id
  @Column(name = "line_no")
  public int lineNo;

  public String sku;
  public int quantity;

  public static OrderLineEntity of(UUID orderId, int lineNo, String sku, int quantity) {
    OrderLineEntity line = new OrderLineEntity();
    line.orderId = orderId;
    line.lineNo = lineNo;
    line.sku = sku;
    line.quantity = quantity;
    return line;
  }

  public RequestedLine requested() {
    return new RequestedLine(sku, quantity);
  }

  /** The composite primary key. */
  public static class Key implements Serializable {

    public UUID orderId;
    public int lineNo;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(orderId, key.orderId)
          && Objects.equals(lineNo, key.lineNo);
    }

    @Override
    public int hashCode() {
      return Objects.hash(orderId, lineNo);
    }
  }
}
