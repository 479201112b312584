package io.shoporders.payment.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The topics payment-service reads, one channel each (configured in application.properties). A
 * record that cannot be read fails here and the channel parks it on payment-service.dlq.
 */
@ApplicationScoped
class PaymentChannels {

  static final String ORDER_PLACED = "order-placed";
  static final String STOCK_UNAVAILABLE = "stock-unavailable";
  static final String LABEL_CREATED = "label-created";
  static final String ORDER_CANCELLED = "order-cancelled";

  private final PaymentReactions reactions;

  PaymentChannels(PaymentReactions reactions) {
    this.reactions = reactions;
  }

  @Incoming(ORDER_PLACED)
  Uni<Void> orderPlaced(String json) {
    return Uni.createFrom().deferred(() -> reactions.onOrderPlaced(json));
  }

  @Incoming(STOCK_UNAVAILABLE)
  Uni<Void> stockUnavailable(String json) {
    return Uni.createFrom().deferred(() -> reactions.onStockUnavailable(json));
  }

  @Incoming(LABEL_CREATED)
  Uni<Void> labelCreated(String json) {
    return Uni.createFrom().deferred(() -> reactions.onLabelCreated(json));
  }

  @Incoming(ORDER_CANCELLED)
  Uni<Void> orderCancelled(String json) {
    return Uni.createFrom().deferred(() -> reactions.onOrderCancelled(json));
  }
}
