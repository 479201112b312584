package io.shoporders.inventory.api;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.shoporders.inventory.domain.CatalogueCsv;
import io.shoporders.inventory.domain.ImportRow;
import io.shoporders.inventory.domain.ProductSpec;
import io.shoporders.inventory.persistence.ProductEntity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/** The catalogue for operators: products one by one, or a whole file at once. */
@Path("/products")
@Produces(MediaType.APPLICATION_JSON)
class ProductResource {

  static final String CSV = "text/csv";

  private final Catalogue catalogue;

  ProductResource(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GET
  @WithSession
  public Uni<List<ProductView>> list() {
    return ProductEntity.<ProductEntity>list("order by sku")
        .map(products -> products.stream().map(ProductView::of).toList());
  }

  @GET
  @Path("/{sku}")
  @WithSession
  public Uni<ProductView> get(@PathParam("sku") String sku) {
    return ProductEntity.<ProductEntity>findById(sku)
        .onItem()
        .ifNull()
        .failWith(() -> new NotFoundException("product", sku))
        .map(ProductView::of);
  }

  /** Creates the product (201) or replaces its fields (200); both emit ProductChanged. */
  @PUT
  @Path("/{sku}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<Response> put(@PathParam("sku") String sku, ProductSpec body) {
    if (body == null) {
      throw new InvalidRequestException("body", "a product is required");
    }
    return catalogue
        .save(withSku(body, sku))
        .map(created -> Response.status(created ? 201 : 200).build());
  }

  @POST
  @Path("/import")
  @Consumes(CSV)
  public Uni<Response> importCsv(String file) {
    return report(catalogue.importRows(CatalogueCsv.read(file == null ? "" : file)));
  }

  @POST
  @Path("/import")
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<Response> importJson(List<ProductSpec> products) {
    List<ImportRow> rows = new ArrayList<>();
    List<ProductSpec> given = products == null ? List.of() : products;
    for (int i = 0; i < given.size(); i++) {
      rows.add(ImportRow.of(i + 1, given.get(i)));
    }
    return report(catalogue.importRows(rows));
  }

  private static Uni<Response> report(Uni<ImportReport> report) {
    return report.map(done -> Response.status(done.imported() ? 200 : 422).entity(done).build());
  }

  private static ProductSpec withSku(ProductSpec body, String sku) {
    return new ProductSpec(
        sku,
        body.name(),
        body.unitPriceMinor(),
        body.currency(),
        body.vatRateBasisPoints(),
        body.weightGrams(),
        body.lengthMm(),
        body.widthMm(),
        body.heightMm(),
        body.active(),
        body.shipsFrom(),
        body.supplier());
  }
}
