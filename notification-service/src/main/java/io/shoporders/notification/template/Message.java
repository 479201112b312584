package io.shoporders.notification.template;

import io.shoporders.contracts.notification.NotificationKind;
import io.shoporders.contracts.order.Channel;

/**
 * A message ready to hand over: who gets it, by which channel, and what it says. An SMS has only
 * {@code text}; an e-mail has a subject and both parts.
 */
public record Message(
    NotificationKind kind,
    Channel channel,
    String recipient,
    String language,
    String subject,
    String html,
    String text) {

  /** Personal data stays out of logs. */
  @Override
  public String toString() {
    return "Message[kind=" + kind + ", channel=" + channel + ", language=" + language + "]";
  }
}
