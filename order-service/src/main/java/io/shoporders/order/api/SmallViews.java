package io.shoporders.order.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.shoporders.contracts.money.Money;
import io.shoporders.contracts.order.CancellationReason;
import io.shoporders.contracts.saga.OrderStatus;
import io.shoporders.order.api.OrderView.CancellationView;
import io.shoporders.order.persistence.OrderEntity;
import io.shoporders.order.persistence.OrderQueries.OrderPage;
import io.shoporders.order.persistence.TimelineEntryEntity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The smaller representations of the order API. */
final class SmallViews {

  private SmallViews() {}

  /** Where an order stands: the answer to a cancellation. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record StatusView(
      UUID id, String orderNumber, OrderStatus status, CancellationView cancellation) {
    static StatusView of(OrderEntity order) {
      return new StatusView(
          order.id, order.orderNumber, order.status, OrderView.cancellation(order));
    }
  }

  /** One saga event of the order. */
  record TimelineView(
      UUID eventId, String type, String origin, Instant occurredAt, String summary) {
    static TimelineView of(TimelineEntryEntity entry) {
      return new TimelineView(
          entry.eventId, entry.eventType, entry.origin, entry.occurredAt, entry.summary);
    }
  }

  /** An order in a list for operators. */
  record OrderSummary(
      UUID id,
      String orderNumber,
      OrderStatus status,
      Instant placedAt,
      String email,
      Money grandTotal) {
    static OrderSummary of(OrderEntity order) {
      return new OrderSummary(
          order.id,
          order.orderNumber,
          order.status,
          order.placedAt,
          order.customerEmail,
          order.grandTotal());
    }
  }

  /** One page of orders, newest first. */
  record PageView(List<OrderSummary> items, int page, int size, long total) {
    static PageView of(OrderPage page) {
      return new PageView(
          page.orders().stream().map(OrderSummary::of).toList(),
          page.page(),
          page.size(),
          page.total());
    }
  }

  /** A person's request to cancel; both fields are optional. */
  record CancelRequest(CancellationReason reason, String note) {}
}
