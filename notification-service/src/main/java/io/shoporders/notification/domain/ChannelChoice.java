package io.shoporders.notification.domain;

import io.shoporders.contracts.notification.NotificationKind;
import io.shoporders.contracts.order.Channel;
import io.shoporders.contracts.order.Customer;

/**
 * Which channel a message takes. Every customer has an e-mail address, so every message can go by
 * e-mail; the tracking code, which fits in a text, goes by SMS when the customer chose SMS.
 */
public final class ChannelChoice {

  private ChannelChoice() {}

  public static Channel of(NotificationKind kind, Customer customer) {
    boolean bySms = kind == NotificationKind.ORDER_SHIPPED && customer.channel() == Channel.SMS;
    return bySms ? Channel.SMS : Channel.EMAIL;
  }
}
