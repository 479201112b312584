package io.shoporders.order.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.shoporders.contracts.money.Money;
import io.shoporders.contracts.order.Address;
import io.shoporders.contracts.order.CancellationReason;
import io.shoporders.contracts.order.Customer;
import io.shoporders.contracts.order.OrderLine;
import io.shoporders.contracts.saga.OrderStatus;
import io.shoporders.order.persistence.OrderEntity;
import io.shoporders.order.persistence.OrderQueries.OrderDetails;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order as the storefront and operators read it. The payment token is never shown. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderView(
    UUID id,
    String orderNumber,
    OrderStatus status,
    CancellationView cancellation,
    Instant placedAt,
    Customer customer,
    Address shippingAddress,
    List<OrderLine> lines,
    Totals totals,
    PaymentView payment,
    ShipmentView shipment) {

  /** What the order costs, VAT included, and the VAT it contains. */
  public record Totals(Money itemsTotal, Money shippingCost, Money vatTotal, Money grandTotal) {}

  /** How the order is paid and how far the payment has gone. */
  public record PaymentView(String type, boolean authorized, boolean captured) {}

  /** The parcel, once the carrier issued its label. */
  public record ShipmentView(String carrier, String trackingCode, String trackingUrl) {}

  /** Why the order was cancelled. */
  public record CancellationView(CancellationReason reason, String detail) {}

  static OrderView of(OrderDetails details) {
    OrderEntity order = details.order();
    return new OrderView(
        order.id,
        order.orderNumber,
        order.status,
        cancellation(order),
        order.placedAt,
        order.customer(),
        order.shippingAddress(),
        details.lines().stream().map(line -> line.toLine(order.currency)).toList(),
        new Totals(order.itemsTotal(), order.shippingCost(), order.vatTotal(), order.grandTotal()),
        new PaymentView(order.paymentType, order.paymentAuthorized, order.paymentCaptured),
        order.carrier == null
            ? null
            : new ShipmentView(order.carrier, order.trackingCode, order.trackingUrl));
  }

  static CancellationView cancellation(OrderEntity order) {
    return order.cancelReason == null
        ? null
        : new CancellationView(order.cancelReason, order.cancelDetail);
  }
}
