package io.shoporders.shipping.api;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.shoporders.shipping.domain.ShipmentStatus;
import io.shoporders.shipping.persistence.Shipment;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;

/**
 * The shipments in one status, most recently changed first: how an operator finds the ones that
 * wait for a person (FAILED, typically {@code address_needs_review}) or a booking a stop cut off.
 */
@Path("/shipments")
public class ShipmentListResource {

  static final int MAX_SIZE = 100;

  /** One page of the list, and how many shipments there are in all. */
  record ShipmentPage(List<ShipmentSummary> items, int page, int size, long total) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @WithSession
  public Uni<ShipmentPage> inStatus(
      @QueryParam("status") String status,
      @QueryParam("page") @DefaultValue("0") String pageParameter,
      @QueryParam("size") @DefaultValue("20") String sizeParameter) {
    ShipmentStatus wanted = status(status);
    int page = number(pageParameter, "page", 0, Integer.MAX_VALUE);
    int size = number(sizeParameter, "size", 1, MAX_SIZE);
    var query = Shipment.<Shipment>find("status", Sort.descending("updatedAt"), wanted);
    return query
        .page(Page.of(page, size))
        .list()
        .map(found -> found.stream().map(ShipmentSummary::of).toList())
        .chain(items -> query.count().map(total -> new ShipmentPage(items, page, size, total)));
  }

  private static int number(String value, String parameter, int min, int max) {
    String expected = max == Integer.MAX_VALUE ? min + " or more" : "from " + min + " to " + max;
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException notANumber) {
      // refused below, as a number out of range is
    }
    throw new InvalidFieldException(
        InvalidFieldException.In.QUERY, parameter, "must be a whole number " + expected);
  }

  private static ShipmentStatus status(String status) {
    if (status == null) {
      throw new InvalidFieldException(
          InvalidFieldException.In.QUERY, "status", "is required, e.g. FAILED");
    }
    try {
      return ShipmentStatus.valueOf(status);
    } catch (IllegalArgumentException unknown) {
      throw new InvalidFieldException(
          InvalidFieldException.In.QUERY,
          "status",
          "must be one of " + Arrays.toString(ShipmentStatus.values()));
    }
  }
}
