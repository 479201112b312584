package io.shoporders.notification.api;

import io.shoporders.contracts.notification.NotificationKind;
import io.shoporders.contracts.order.Channel;
import io.shoporders.notification.domain.NotificationStatus;
import io.shoporders.notification.persistence.Notification;
import java.time.Instant;
import java.util.UUID;

/** A message about an order, as support sees it: what and how it went, no personal data. */
public record NotificationView(
    UUID id,
    UUID orderId,
    NotificationKind kind,
    Channel channel,
    NotificationStatus status,
    int attempts,
    String reason,
    Instant createdAt,
    Instant updatedAt) {

  static NotificationView of(Notification notification) {
    return new NotificationView(
        notification.id,
        notification.orderId,
        notification.kind,
        notification.channel,
        notification.status,
        notification.attempts,
        notification.reason,
        notification.createdAt,
        notification.updatedAt);
  }
}
