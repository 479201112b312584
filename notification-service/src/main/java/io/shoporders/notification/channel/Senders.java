package io.shoporders.notification.channel;

import io.shoporders.notification.template.Message;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Hands a message to the provider of its channel. */
@ApplicationScoped
public class Senders {

  private final EmailSender email;
  private final SmsProvider sms;

  Senders(EmailSender email, SmsProvider sms) {
    this.email = email;
    this.sms = sms;
  }

  /** Fails with a {@link SendFailure} when the provider did not take the message. */
  public Uni<Void> send(UUID notificationId, Message message) {
    return switch (message.channel()) {
      case EMAIL -> email.send(notificationId, message);
      case SMS -> sms.send(message.recipient(), message.text());
    };
  }
}
