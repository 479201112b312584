package io.shoporders.shipping.api;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.shoporders.shipping.booking.ShipmentNotFoundException;
import io.shoporders.shipping.booking.ShipmentWorkflow;
import io.shoporders.shipping.persistence.Shipment;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** The shipment of an order, its label, and the operator's retry. */
@Path("/shipments/{orderId}")
public class ShipmentResource {

  private final ShipmentWorkflow workflow;

  ShipmentResource(ShipmentWorkflow workflow) {
    this.workflow = workflow;
  }

  /** Status, carrier, tracking and the recipient's address as ordered. */
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

  private static Uni<Shipment> find(UUID orderId) {
    return Shipment.<Shipment>findById(orderId)
        .onItem()
        .ifNull()
        .failWith(ShipmentNotFoundException::new);
  }
}
