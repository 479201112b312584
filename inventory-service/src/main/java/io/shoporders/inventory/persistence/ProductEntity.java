package io.shoporders.inventory.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.shoporders.contracts.inventory.ShipsFrom;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A product of the catalogue. */
@Entity
@Table(name = "product")
public class ProductEntity extends PanacheEntityBase {

  @Id public String sku;
  public String name;

  @Column(name = "unit_price_minor")
  public long unitPriceMinor;

  public String currency;

  @Column(name = "vat_rate_basis_points")
  public int vatRateBasisPoints;

  @Column(name = "weight_grams")
  public int weightGrams;

  @Column(name = "length_mm")
  public int lengthMm;

  @Column(name = "width_mm")
  public int widthMm;

  @Column(name = "height_mm")
  public int heightMm;

  public boolean active;

  @Enumerated(EnumType.STRING)
  @Column(name = "ships_from")
  public ShipsFrom.Kind shipsFrom;

  public String supplier;

  @Column(name = "updated_at")
  public Instant updatedAt;

  public ShipsFrom origin() {
    return new ShipsFrom(shipsFrom, supplier);
  }
}
