package io.shoporders.contracts.notification;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.shoporders.contracts.EventPayload;
import io.shoporders.contracts.Require;
import io.shoporders.contracts.order.Channel;
import java.util.UUID;

/** A message about an order could not be delivered. No personal data: ids and a code only. */
@JsonClassDescription(
    "A message about the order could not be handed over. Carries no personal data; the order"
        + " itself is not affected.")
public record NotificationFailed(
    @JsonPropertyDescription("notification-service's id of the message.") UUID notificationId,
    @JsonPropertyDescription("Which message it was.") NotificationKind kind,
    @JsonPropertyDescription("EMAIL or SMS.") Channel channel,
    @JsonPropertyDescription(
            "Why, as a lower_snake_case code, e.g. mailbox_unavailable, invalid_phone,"
                + " provider_unavailable.")
        String reason,
    @JsonPropertyDescription(
            "true when retrying cannot help (an invalid address); false after retries ran out.")
        boolean permanent)
    implements EventPayload {

  public NotificationFailed {
    Require.present(notificationId, "notificationId");
    Require.present(kind, "kind");
    Require.present(channel, "channel");
    Require.code(reason, "reason");
  }
}
