package io.shoporders.notification.channel;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.shoporders.notification.config.NotificationConfig;
import io.shoporders.notification.template.Message;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Hands e-mails to the SMTP server through the Quarkus Mailer. */
@ApplicationScoped
class EmailSender {

  private final ReactiveMailer mailer;
  private final NotificationConfig.Email config;

  EmailSender(ReactiveMailer mailer, NotificationConfig config) {
    this.mailer = mailer;
    this.config = config.email();
  }

  Uni<Void> send(UUID notificationId, Message message) {
    Mail mail =
        new Mail()
            .setFrom(config.from())
            .addTo(message.recipient())
            .setSubject(message.subject())
            .setText(message.text())
            .setHtml(message.html())
            // The same id on a message resent after a crash lets mail clients show it once.
            .addHeader("Message-ID", "<" + notificationId + "@" + config.messageIdDomain() + ">");
    return Uni.createFrom()
        .deferred(() -> mailer.send(mail))
        .onFailure()
        .transform(EmailSender::classify);
  }

  /** Which SMTP failures a retry can get past. */
  static SendFailure classify(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SMTPException smtp && smtp.isPermanent()) {
        return SendFailure.permanent("email_rejected", failure);
      }
      if (cause instanceof IllegalArgumentException) {
        // The Mailer refuses an address it cannot parse before it opens a connection.
        return SendFailure.permanent("invalid_email", failure);
      }
    }
    return SendFailure.transientFailure("mail_server_unavailable", failure);
  }
}
