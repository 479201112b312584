package io.shoporders.notification.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.ext.mail.SMTPException;
import java.net.ConnectException;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmailSenderTest {

  @Test
  void aPermanentSmtpReplyIsARejectionNotWorthRetrying() {
    // given
    var rejected = new SMTPException("550 no such user", 550, List.of("no such user"), false);

    // when
    SendFailure failure = EmailSender.classify(rejected);

    // then
    assertThat(failure.reason()).isEqualTo("email_rejected");
    assertThat(failure.permanent()).isTrue();
  }

  @Test
  void anAddressTheMailerCannotParseIsInvalid() {
    // when
    SendFailure failure = EmailSender.classify(new IllegalArgumentException("bad address"));

    // then
    assertThat(failure.reason()).isEqualTo("invalid_email");
    assertThat(failure.permanent()).isTrue();
  }

  @Test
  void anUnreachableServerOrATemporaryReplyIsRetried() {
    // given
    var refused = new ConnectException("Connection refused");
    var busy = new SMTPException("421 busy", 421, List.of("busy"), false);

    // when / then
    assertThat(SendFailure.isTransient(EmailSender.classify(refused))).isTrue();
    assertThat(SendFailure.isTransient(EmailSender.classify(busy))).isTrue();
    assertThat(EmailSender.classify(busy).reason()).isEqualTo("mail_server_unavailable");
  }
}
