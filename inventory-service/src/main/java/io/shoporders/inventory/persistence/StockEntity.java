package io.shoporders.inventory.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.shoporders.inventory.domain.StockLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The units of one sku; the domain's {@link StockLevel} decides every change. */
@Entity
@Table(name = "stock")
public class StockEntity extends PanacheEntityBase {

  @Id public String sku;

  @Column(name = "on_hand")
  public int onHand;

  public int reserved;

  @Column(name = "safety_stock")
  public int safetyStock;

  @Column(name = "updated_at")
  public Instant updatedAt;

  public StockLevel level() {
    return new StockLevel(sku, onHand, reserved, safetyStock);
  }

  /** Takes the decided level over; the row is written when the transaction flushes. */
  public void apply(StockLevel level, Instant now) {
    onHand = level.onHand();
    reserved = level.reserved();
    safetyStock = level.safetyStock();
    updatedAt = now;
  }
}
