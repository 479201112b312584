package io.shoporders.inventory.api;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.shoporders.inventory.operations.HeldReservations;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Reservations still holding units; {@code stale=true} keeps those waiting too long. */
@Path("/reservations")
@Produces(MediaType.APPLICATION_JSON)
class ReservationResource {

  private final HeldReservations held;

  ReservationResource(HeldReservations held) {
    this.held = held;
  }

  @GET
  @WithSession
  public Uni<List<ReservationView>> list(
      @QueryParam("stale") @DefaultValue("false") boolean stale) {
    return (stale ? held.stale() : held.all())
        .map(
            found ->
                found.stream()
                    .map(r -> new ReservationView(r.orderId(), "HELD", r.since(), r.lines()))
                    .toList());
  }
}
