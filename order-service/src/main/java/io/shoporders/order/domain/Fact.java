package io.shoporders.order.domain;

import io.shoporders.contracts.order.CancellationReason;

/**
 * Something order-service learned about an order that may move its status. Events that only add to
 * the timeline (a voided payment, a sent message) are not facts of this kind.
 */
public sealed interface Fact {

  /** A fact that ends the order unless it has already shipped or been cancelled. */
  sealed interface Cancelling extends Fact {
    Cancellation cancellation();
  }

  record PaymentAuthorized() implements Fact {}

  record StockReserved() implements Fact {}

  record LabelCreated(Shipment shipment) implements Fact {}

  record PaymentCaptured() implements Fact {}

  record PaymentDeclined(String declineCode) implements Cancelling {
    @Override
    public Cancellation cancellation() {
      return new Cancellation(CancellationReason.PAYMENT_DECLINED, declineCode);
    }
  }

  record StockUnavailable(String shortSkus) implements Cancelling {
    @Override
    public Cancellation cancellation() {
      return new Cancellation(CancellationReason.OUT_OF_STOCK, shortSkus);
    }
  }

  record PaymentCaptureFailed(String reason) implements Cancelling {
    @Override
    public Cancellation cancellation() {
      return new Cancellation(CancellationReason.CAPTURE_FAILED, reason);
    }
  }

  /** A customer or an operator asked to cancel, with an optional note. */
  record CancelRequested(CancellationReason reason, String note) implements Cancelling {
    @Override
    public Cancellation cancellation() {
      return new Cancellation(reason, note);
    }
  }
}
