package io.shoporders.order.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.inventory.ProductChanged;
import io.shoporders.order.domain.Product;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The local copy of inventory-service's catalogue. Each ProductChanged carries a product's whole
 * state, so the newest one wins and an older one read late (a replay) changes nothing.
 */
@ApplicationScoped
public class Catalogue {

  private static final String UPSERT =
      "INSERT INTO catalogue_product (sku, name, unit_price_minor, currency,"
          + " vat_rate_basis_points, weight_grams, active, ships_from, supplier, changed_at)"
          + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
          + " ON CONFLICT (sku) DO UPDATE SET name = EXCLUDED.name,"
          + " unit_price_minor = EXCLUDED.unit_price_minor, currency = EXCLUDED.currency,"
          + " vat_rate_basis_points = EXCLUDED.vat_rate_basis_points,"
          + " weight_grams = EXCLUDED.weight_grams, active = EXCLUDED.active,"
          + " ships_from = EXCLUDED.ships_from, supplier = EXCLUDED.supplier,"
          + " changed_at = EXCLUDED.changed_at"
          + " WHERE catalogue_product.changed_at <= EXCLUDED.changed_at";

  /** Records the product's new state, unless a newer one is already recorded. */
  public Uni<Void> record(EventEnvelope<ProductChanged> event) {
    ProductChanged product = event.payload();
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(UPSERT)
                    .setParameter(1, product.sku())
                    .setParameter(2, product.name())
                    .setParameter(3, product.unitPrice().amountMinor())
                    .setParameter(4, product.unitPrice().currency())
                    .setParameter(5, product.vatRateBasisPoints())
                    .setParameter(6, product.weightGrams())
                    .setParameter(7, product.active())
                    .setParameter(8, product.shipsFrom().kind().name())
                    .setParameter(9, product.shipsFrom().supplier())
                    .setParameter(10, event.occurredAt())
                    .executeUpdate())
        .replaceWithVoid();
  }

  /** The products known under the given skus; unknown skus are absent from the map. */
  public Uni<Map<String, Product>> products(Collection<String> skus) {
    return ProductEntity.<ProductEntity>list("sku in ?1", skus)
        .map(
            found ->
                found.stream()
                    .map(ProductEntity::toProduct)
                    .collect(Collectors.toMap(Product::sku, Function.identity())));
  }
}
