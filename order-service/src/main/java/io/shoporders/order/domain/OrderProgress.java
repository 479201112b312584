package io.shoporders.order.domain;

import io.shoporders.contracts.saga.OrderStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts recorded about one order, and the status they add up to. The status depends on which
 * facts are present, not on the order they arrived in, with one exception the saga rules demand:
 * whichever of shipping and cancelling is decided first is final.
 *
 * @param shipment the label, once LabelCreated is recorded; null before
 * @param cancellation why the order was cancelled; null while it is not
 * @param shipped whether OrderShipped was emitted
 */
public record OrderProgress(
    boolean authorized,
    boolean reserved,
    boolean captured,
    Shipment shipment,
    Cancellation cancellation,
    boolean shipped) {

  /** A new order: nothing recorded yet. */
  public static final OrderProgress PLACED =
      new OrderProgress(false, false, false, null, null, false);

  /** The status these facts add up to. */
  public OrderStatus status() {
    if (cancellation != null) {
      return OrderStatus.CANCELLED;
    }
    if (shipped) {
      return OrderStatus.SHIPPED;
    }
    if (authorized && reserved) {
      return OrderStatus.IN_FULFILMENT;
    }
    return authorized ? OrderStatus.CONFIRMED : OrderStatus.PLACED;
  }

  /** Records the fact and decides what to emit because of it. */
  public Transition record(Fact fact) {
    OrderProgress recorded = with(fact);
    if (status().terminal()) {
      return new Transition(recorded, List.of());
    }
    if (fact instanceof Fact.Cancelling cancelling) {
      return new Transition(
          recorded.cancelled(cancelling.cancellation()), List.of(Outcome.CANCELLED));
    }
    List<Outcome> outcomes = new ArrayList<>();
    if (recorded.authorized && !authorized) {
      outcomes.add(Outcome.CONFIRMED);
    }
    if (recorded.captured && recorded.shipment != null) {
      outcomes.add(Outcome.SHIPPED);
      return new Transition(recorded.markedShipped(), outcomes);
    }
    return new Transition(recorded, outcomes);
  }

  private OrderProgress with(Fact fact) {
    if (fact instanceof Fact.PaymentAuthorized) {
      return new OrderProgress(true, reserved, captured, shipment, cancellation, shipped);
    }
    if (fact instanceof Fact.StockReserved) {
      return new OrderProgress(authorized, true, captured, shipment, cancellation, shipped);
    }
    if (fact instanceof Fact.PaymentCaptured) {
      // A capture proves the authorization, which may be read from its topic later.
      return new OrderProgress(true, reserved, true, shipment, cancellation, shipped);
    }
    if (fact instanceof Fact.LabelCreated label && shipment == null) {
      // The first label is the one OrderShipped announces; a second is a shipping-service fault.
      return new OrderProgress(
          authorized, reserved, captured, label.shipment(), cancellation, shipped);
    }
    return this;
  }

  private OrderProgress cancelled(Cancellation why) {
    return new OrderProgress(authorized, reserved, captured, shipment, why, false);
  }

  private OrderProgress markedShipped() {
    return new OrderProgress(authorized, reserved, captured, shipment, null, true);
  }
}
