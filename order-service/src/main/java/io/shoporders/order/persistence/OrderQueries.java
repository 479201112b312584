package io.shoporders.order.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.shoporders.contracts.saga.OrderStatus;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads orders for the storefront and for operators. */
@ApplicationScoped
public class OrderQueries {

  /** An order with its lines. */
  public record OrderDetails(OrderEntity order, List<OrderLineEntity> lines) {}

  /** Operators' search: every criterion is optional. */
  public record OrderFilter(OrderStatus status, Instant from, Instant to, String email) {}

  /** One page of a search, newest orders first. */
  public record OrderPage(List<OrderEntity> orders, int page, int size, long total) {}

  /** The order and its lines; null when there is no such order. */
  public Uni<OrderDetails> find(UUID orderId) {
    return Panache.withSession(
        () ->
            OrderEntity.<OrderEntity>findById(orderId)
                .chain(
                    order ->
                        order == null
                            ? Uni.createFrom().nullItem()
                            : OrderLineEntity.<OrderLineEntity>list(
                                    "orderId", Sort.by("lineNo"), order.id)
                                .map(lines -> new OrderDetails(order, lines))));
  }

  /** The order's saga events in the order they happened; null when there is no such order. */
  public Uni<List<TimelineEntryEntity>> timeline(UUID orderId) {
    return Panache.withSession(
        () ->
            OrderEntity.<OrderEntity>findById(orderId)
                .chain(
                    order ->
                        order == null
                            ? Uni.createFrom().nullItem()
                            : TimelineEntryEntity.<TimelineEntryEntity>list(
                                "orderId", Sort.by("occurredAt").and("id"), orderId)));
  }

  /** The orders that match the filter, newest first, one page at a time. */
  public Uni<OrderPage> search(OrderFilter filter, int page, int size) {
    List<String> where = new ArrayList<>();
    Parameters parameters = new Parameters();
    criterion(where, parameters, "status = :status", "status", filter.status());
    criterion(where, parameters, "placedAt >= :from", "from", filter.from());
    criterion(where, parameters, "placedAt < :to", "to", filter.to());
    criterion(where, parameters, "lower(customerEmail) = lower(:email)", "email", filter.email());
    String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
    return Panache.withSession(() -> pageOf(query, parameters, page, size));
  }

  private static void criterion(
      List<String> where, Parameters parameters, String clause, String name, Object value) {
    if (value != null) {
      where.add(clause);
      parameters.and(name, value);
    }
  }

  private static Uni<OrderPage> pageOf(String query, Parameters parameters, int page, int size) {
    var found =
        OrderEntity.<OrderEntity>find(query, Sort.descending("placedAt").and("id"), parameters)
            .page(Page.of(page, size));
    return found
        .list()
        .chain(orders -> found.count().map(total -> new OrderPage(orders, page, size, total)));
  }
}
