package io.shoporders.inventory.api;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.inventory.ProductChanged;
import io.shoporders.inventory.domain.CatalogueImport;
import io.shoporders.inventory.domain.ImportRow;
import io.shoporders.inventory.domain.ProductSpec;
import io.shoporders.inventory.persistence.ProductEntity;
import io.shoporders.inventory.persistence.StockEntity;
import io.shoporders.outbox.Outbox;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Saves products and announces each change: the product row and its ProductChanged event commit
 * together, so order-service's copy of the catalogue never misses a change.
 */
@ApplicationScoped
class Catalogue {

  private static final Logger LOG = Logger.getLogger(Catalogue.class);

  private final Outbox outbox;
  private final Clock clock;

  Catalogue(Outbox outbox, Clock clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  /** Creates or updates one product; true when it was created. */
  Uni<Boolean> save(ProductSpec spec) {
    if (!spec.problems().isEmpty()) {
      throw new InvalidRequestException(spec.problems());
    }
    return Panache.withTransaction(() -> upsert(spec));
  }

  /** Saves every row of a file in one transaction, or none when any row is refused. */
  Uni<ImportReport> importRows(List<ImportRow> read) {
    List<ImportRow> rows = CatalogueImport.checked(read);
    if (!CatalogueImport.importable(rows)) {
      LOG.infof(
          "Catalogue import refused: %d of %d rows rejected",
          rows.stream().filter(row -> !row.accepted()).count(), rows.size());
      return Uni.createFrom().item(ImportReport.refused(rows));
    }
    return Panache.withTransaction(
            () ->
                Multi.createFrom()
                    .iterable(rows)
                    .onItem()
                    .transformToUniAndConcatenate(row -> upsert(row.spec()))
                    .collect()
                    .asList())
        .invoke(saved -> LOG.infof("Catalogue import: %d products saved", saved.size()))
        .map(saved -> ImportReport.imported(rows));
  }

  private Uni<Boolean> upsert(ProductSpec spec) {
    return ProductEntity.<ProductEntity>findById(spec.sku())
        .chain(existing -> existing == null ? create(spec) : update(existing, spec));
  }

  private Uni<Boolean> create(ProductSpec spec) {
    ProductEntity product = new ProductEntity();
    product.sku = spec.sku();
    copy(spec, product);
    StockEntity stock = new StockEntity();
    stock.sku = spec.sku();
    stock.updatedAt = clock.instant();

    return product
        .persist()
        .chain(stock::persist)
        .chain(() -> announce(spec))
        .invoke(() -> LOG.infof("Product %s created", spec.sku()))
        .replaceWith(true);
  }

  private Uni<Boolean> update(ProductEntity product, ProductSpec spec) {
    copy(spec, product);
    return announce(spec)
        .invoke(() -> LOG.infof("Product %s updated", spec.sku()))
        .replaceWith(false);
  }

  private Uni<Void> announce(ProductSpec spec) {
    ProductChanged changed =
        new ProductChanged(
            spec.sku(),
            spec.name(),
            spec.unitPrice(),
            spec.vatRateBasisPoints(),
            spec.weightGrams(),
            spec.active(),
            spec.origin());
    return outbox.emit(EventEnvelope.ofProduct(changed, clock));
  }

  private void copy(ProductSpec spec, ProductEntity product) {
    product.name = spec.name();
    product.unitPriceMinor = spec.unitPriceMinor();
    product.currency = spec.currency();
    product.vatRateBasisPoints = spec.vatRateBasisPoints();
    product.weightGrams = spec.weightGrams();
    product.lengthMm = spec.lengthMm();
    product.widthMm = spec.widthMm();
    product.heightMm = spec.heightMm();
    product.active = spec.active();
    product.shipsFrom = spec.origin().kind();
    product.supplier = spec.origin().supplier();
    product.updatedAt = clock.instant();
  }
}
