package io.shoporders.shipping.messaging;

import io.shoporders.shipping.booking.ShipmentWorkflow;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The topics shipping-service reacts to, one channel each; the work is in the workflow. */
@ApplicationScoped
class ShippingConsumers {

  static final String ORDER_PLACED = "order-placed";
  static final String STOCK_RESERVED = "stock-reserved";
  static final String ORDER_CANCELLED = "order-cancelled";

  private final ShipmentWorkflow workflow;

  ShippingConsumers(ShipmentWorkflow workflow) {
    this.workflow = workflow;
  }

  @Incoming(ORDER_PLACED)
  Uni<Void> onOrderPlaced(String orderPlaced) {
    return workflow.onOrderPlaced(orderPlaced);
  }

  @Incoming(STOCK_RESERVED)
  Uni<Void> onStockReserved(String stockReserved) {
    return workflow.onStockReserved(stockReserved);
  }

  @Incoming(ORDER_CANCELLED)
  Uni<Void> onOrderCancelled(String orderCancelled) {
    return workflow.onOrderCancelled(orderCancelled);
  }
}
