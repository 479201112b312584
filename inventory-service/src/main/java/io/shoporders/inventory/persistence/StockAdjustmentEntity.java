package io.shoporders.inventory.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One manual change of a sku's stock, with the operator's reason. */
@Entity
@Table(name = "stock_adjustment")
public class StockAdjustmentEntity extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String sku;
  public int delta;

  @Column(name = "on_hand")
  public int onHand;

  public String reason;

  @Column(name = "made_at")
  public Instant madeAt;
}
