package io.shoporders.notification.domain;

import io.shoporders.contracts.notification.NotificationKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * The order in which the customer hears about an order: the saga's. The order-received message
 * comes first; the payment confirmation, where the shop sends it, comes next; the shipped or the
 * cancelled message (never both) comes last. Each kind arrives on a topic of its own, so a later
 * message may be recorded before an earlier one and has to wait for it.
 */
public final class MessageSequence {

  private static final Set<NotificationKind> NONE = EnumSet.noneOf(NotificationKind.class);

  private final boolean sendsOrderConfirmed;

  public MessageSequence(boolean sendsOrderConfirmed) {
    this.sendsOrderConfirmed = sendsOrderConfirmed;
  }

  /** The kinds that go before {@code kind}: while one of them is still to be sent, it waits. */
  public Set<NotificationKind> before(NotificationKind kind) {
    return switch (kind) {
      case ORDER_RECEIVED -> NONE;
      case ORDER_CONFIRMED -> EnumSet.of(NotificationKind.ORDER_RECEIVED);
      case ORDER_CANCELLED, ORDER_SHIPPED ->
          EnumSet.of(NotificationKind.ORDER_RECEIVED, NotificationKind.ORDER_CONFIRMED);
    };
  }

  /**
   * The kinds that {@code kind} waits for even while they are not recorded yet, because the saga
   * always sends them first: the order-received message, and the confirmation before the shipped
   * message. A cancellation may come before any payment, so it does not wait for a confirmation.
   */
  public Set<NotificationKind> awaited(NotificationKind kind) {
    return switch (kind) {
      case ORDER_RECEIVED -> NONE;
      case ORDER_CONFIRMED, ORDER_CANCELLED -> EnumSet.of(NotificationKind.ORDER_RECEIVED);
      case ORDER_SHIPPED ->
          sendsOrderConfirmed
              ? EnumSet.of(NotificationKind.ORDER_RECEIVED, NotificationKind.ORDER_CONFIRMED)
              : EnumSet.of(NotificationKind.ORDER_RECEIVED);
    };
  }
}
