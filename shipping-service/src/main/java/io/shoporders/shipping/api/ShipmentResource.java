package io.shoporders.shipping.api;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.shoporders.shipping.booking.ShipmentNotFoundException;
import io.shoporders.shipping.booking.ShipmentWorkflow;
import io.shoporders.shipping.persistence.Shipment;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** The shipment of an order, its label, and what an operator does: retry, correct the address. */
@Path("/shipments/{orderId}")
public class ShipmentResource {

  private final ShipmentWorkflow workflow;

  ShipmentResource(ShipmentWorkflow workflow) {
    this.workflow = workflow;
  }

  /** Status, carrier, tracking and the recipient's address, as ordered or as corrected. */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @WithSession
  public Uni<ShipmentView> shipment(@PathParam("orderId") UUID orderId) {
    return find(orderId).map(ShipmentView::of);
  }

  /** The label as the carrier issued it, a PDF to print. */
  @GET
  @Path("label")
  @Produces("application/pdf")
  @WithSession
  public Uni<byte[]> label(@PathParam("orderId") UUID orderId) {
    return find(orderId)
        .map(
            shipment -> {
              if (shipment.labelPdf == null) {
                throw new LabelNotFoundException();
              }
              return shipment.labelPdf;
            });
  }

  /** Books a failed shipment again, or voids a label a cancellation could not void. */
  @POST
  @Path("retry")
  @Produces(MediaType.APPLICATION_JSON)
  public Uni<ShipmentView> retry(@PathParam("orderId") UUID orderId) {
    return workflow.retry(orderId).chain(() -> shipment(orderId));
  }

  /**
   * Gives the shipment the address it should have: before its label, or after a booking that failed
   * (an address that needs review, a carrier's refusal), which is then booked again. Answers the
   * shipment after the attempt.
   */
  @PUT
  @Path("address")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Uni<ShipmentView> correctAddress(
      @PathParam("orderId") UUID orderId, AddressCorrection correction) {
    if (correction == null) {
      throw new InvalidFieldException(InvalidFieldException.In.ADDRESS, "body", "is required");
    }
    return workflow.correctAddress(orderId, correction.toAddress()).chain(() -> shipment(orderId));
  }

  private static Uni<Shipment> find(UUID orderId) {
    return Shipment.<Shipment>findById(orderId)
        .onItem()
        .ifNull()
        .failWith(ShipmentNotFoundException::new);
  }
}
