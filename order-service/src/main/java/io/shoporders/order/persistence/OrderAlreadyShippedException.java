package io.shoporders.order.persistence;

/** A cancellation asked for after the order shipped: too late, the parcel is on its way. */
public class OrderAlreadyShippedException extends RuntimeException {

  public OrderAlreadyShippedException() {
    super("the order has shipped and can no longer be cancelled", null, false, false);
  }
}
