package io.shoporders.inventory.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.shoporders.contracts.inventory.StockLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Units of one sku held by a reservation, the order's lines of that sku summed. */
@Entity
@Table(name = "reservation_line")
@IdClass(ReservationLineEntity.Key.class)
public class ReservationLineEntity extends PanacheEntityBase {

  @Id
  @Column(name = "order_id")
  public UUID orderId;

  @Id public String sku;

  public int quantity;

  public static ReservationLineEntity of(UUID orderId, StockLine held) {
    ReservationLineEntity line = new ReservationLineEntity();
    line.orderId = orderId;
    line.sku = held.sku();
    line.quantity = held.quantity();
    return line;
  }

  public StockLine stockLine() {
    return new StockLine(sku, quantity);
  }

  /** The composite primary key. */
  public static class Key implements Serializable {

    public UUID orderId;
    public String sku;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(orderId, key.orderId)
          && Objects.equals(sku, key.sku);
    }

    @Override
    public int hashCode() {
      return Objects.hash(orderId, sku);
    }
  }
}
