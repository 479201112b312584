package io.shoporders.shipping.carrier.sandbox;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.shoporders.shipping.persistence.Shipment;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The sandbox carrier's tracking page, where its tracking links lead: what a customer would see at
 * a carrier, the parcel's state and nothing personal.
 */
@Path("/sandbox/tracking/{trackingCode}")
public class SandboxTrackingResource {

  /** A parcel's state as the sandbox carrier reports it. */
  record Tracking(String trackingCode, String carrier, String state) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @WithSession
  public Uni<Tracking> track(@PathParam("trackingCode") String trackingCode) {
    return Shipment.<Shipment>find(
            "carrier = ?1 and trackingCode = ?2", SandboxCarrier.CODE, trackingCode)
        .firstResult()
        .onItem()
        .ifNull()
        .failWith(() -> new NotFoundException("no sandbox parcel " + trackingCode))
        .map(shipment -> new Tracking(trackingCode, SandboxCarrier.CODE, stateOf(shipment)));
  }

  private static String stateOf(Shipment shipment) {
    return switch (shipment.status) {
      case VOIDED -> "label_voided";
      default -> "label_created";
    };
  }
}
