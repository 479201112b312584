package io.shoporders.inventory.api;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.shoporders.inventory.InventoryConfig;
import io.shoporders.inventory.domain.StockLevel;
import io.shoporders.inventory.persistence.StockEntity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Stock per sku for operators: read, set after a count, adjust, and what runs low. */
@Path("/stock")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
class StockResource {

  private final StockAdmin admin;
  private final InventoryConfig config;

  StockResource(StockAdmin admin, InventoryConfig config) {
    this.admin = admin;
    this.config = config;
  }

  @GET
  @Path("/{sku}")
  @WithSession
  public Uni<StockView> get(@PathParam("sku") String sku) {
    return StockEntity.<StockEntity>findById(sku)
        .onItem()
        .ifNull()
        .failWith(() -> new NotFoundException("stock", sku))
        .map(row -> StockView.of(row.level()));
  }

  /** Products with {@code inventory.low-stock-threshold} units available or fewer. */
  @GET
  @Path("/low")
  @WithSession
  public Uni<List<StockView>> low() {
    return StockEntity.<StockEntity>list(
            "onHand - reserved - safetyStock <= ?1 order by sku", config.lowStockThreshold())
        .map(rows -> rows.stream().map(row -> StockView.of(row.level())).toList());
  }

  /** Sets on hand (after a count) and, when given, the safety stock. */
  @PUT
  @Path("/{sku}")
  public Uni<StockView> set(@PathParam("sku") String sku, StockChange body) {
    StockChange change = required(body);
    change.checkCount();
    String reason = change.checkedReason();
    return admin.change(sku, level -> counted(level, change), reason);
  }

  /** Adds (positive delta) or removes (negative) units, e.g. a delivery or breakage. */
  @POST
  @Path("/{sku}/adjustments")
  public Uni<StockView> adjust(@PathParam("sku") String sku, StockChange body) {
    StockChange change = required(body);
    if (change.delta() == null || change.delta() == 0) {
      throw new InvalidRequestException("delta", "delta is required and must not be 0");
    }
    String reason = change.checkedReason();
    return admin.change(sku, level -> level.adjustedBy(change.delta()), reason);
  }

  private static StockLevel counted(StockLevel level, StockChange change) {
    StockLevel counted = level.withOnHand(change.onHand());
    return change.safetyStock() == null ? counted : counted.withSafetyStock(change.safetyStock());
  }

  private static StockChange required(StockChange body) {
    if (body == null) {
      throw new InvalidRequestException("body", "a stock change is required");
    }
    return body;
  }
}
