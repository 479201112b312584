package io.shoporders.order.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.shoporders.contracts.money.Money;
import io.shoporders.order.domain.Product;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A product of the local catalogue copy, as the latest ProductChanged described it. */
@Entity
@Table(name = "catalogue_product")
public class ProductEntity extends PanacheEntityBase {

  @Id public String sku;
  public String name;
  public long unitPriceMinor;
  public String currency;
  public int vatRateBasisPoints;
  public int weightGrams;
  public boolean active;
  public String shipsFrom;
  public String supplier;
  public Instant changedAt;

  /** The product as the pricing rules see it. */
  public Product toProduct() {
    return new Product(
        sku,
        name,
        Money.ofMinor(unitPriceMinor, currency),
        vatRateBasisPoints,
        weightGrams,
        active);
  }
}
