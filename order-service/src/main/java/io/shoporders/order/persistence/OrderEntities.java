package io.shoporders.order.persistence;

import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.order.Customer;
import io.shoporders.contracts.order.OrderPlaced;
import io.shoporders.contracts.saga.OrderStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Turns an OrderPlaced into the rows that store the order. */
final class OrderEntities {

  private OrderEntities() {}

  static OrderEntity placed(EventEnvelope<OrderPlaced> event, Instant now) {
    OrderPlaced placed = event.payload();
    OrderEntity order = new OrderEntity();
    order.id = event.orderId();
    order.orderNumber = placed.orderNumber();
    order.status = OrderStatus.PLACED;
    order.placedAt = event.occurredAt();
    order.placedEventId = event.eventId();
    customer(order, placed.customer());
    order.shipTo(placed.shippingAddress());
    order.paymentType = placed.paymentMethod().type();
    order.currency = placed.currency();
    order.itemsTotalMinor = placed.itemsTotal().amountMinor();
    order.shippingCostMinor = placed.shippingCost().amountMinor();
    order.vatTotalMinor = placed.vatTotal().amountMinor();
    order.grandTotalMinor = placed.grandTotal().amountMinor();
    order.updatedAt = now;
    return order;
  }

  static List<OrderLineEntity> lines(EventEnvelope<OrderPlaced> event) {
    List<OrderLineEntity> lines = new ArrayList<>();
    for (int i = 0; i < event.payload().lines().size(); i++) {
      lines.add(OrderLineEntity.of(event.orderId(), i + 1, event.payload().lines().get(i)));
    }
    return lines;
  }

  private static void customer(OrderEntity order, Customer customer) {
    order.customerName = customer.name();
    order.customerEmail = customer.email();
    order.customerPhone = customer.phone();
    order.customerLanguage = customer.language();
    order.customerChannel = customer.channel();
  }
}
