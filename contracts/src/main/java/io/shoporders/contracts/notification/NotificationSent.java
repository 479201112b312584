package io.shoporders.contracts.notification;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.Require;
import io.shoporders.contracts.order.Channel;
import java.util.UUID;

/** A message about an order reached the mail or SMS provider. No personal data: ids only. */
@JsonClassDescription(
    "A message about the order was handed to the e-mail or SMS provider. Carries no personal"
        + " data.")
public record NotificationSent(
    @JsonPropertyDescription("notification-service's id of the message.") UUID notificationId,
    @JsonPropertyDescription("Which message it was.") NotificationKind kind,
    @JsonPropertyDescription("EMAIL or SMS.") Channel channel)
    implements EventPayload {

  public NotificationSent {
    Require.present(notificationId, "notificationId");
    Require.present(kind, "kind");
    Require.present(channel, "channel");
  }
}
