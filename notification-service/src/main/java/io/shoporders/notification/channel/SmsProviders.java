package io.shoporders.notification.channel;

import io.shoporders.notification.config.NotificationConfig;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.http.HttpClient;
import java.util.Optional;

/** Chooses the SMS provider named by {@code notification.sms.provider}. */
@Dependent
class SmsProviders {

  @Produces
  @Singleton
  SmsProvider smsProvider(NotificationConfig config) {
    return switch (config.sms().provider()) {
      case "log" -> new LogSmsProvider();
      case "twilio" -> twilio(config.sms().twilio());
      default ->
          throw new IllegalStateException(
              "notification.sms.provider must be log or twilio, got " + config.sms().provider());
    };
  }

  private static SmsProvider twilio(NotificationConfig.Twilio twilio) {
    return new TwilioSmsProvider(
        HttpClient.newBuilder().connectTimeout(twilio.timeout()).build(),
        twilio.url(),
        required(twilio.accountSid(), "notification.sms.twilio.account-sid"),
        required(twilio.authToken(), "notification.sms.twilio.auth-token"),
        required(twilio.from(), "notification.sms.twilio.from"),
        twilio.timeout());
  }

  private static String required(Optional<String> value, String property) {
    return value.orElseThrow(
        () -> new IllegalStateException(property + " is required by the twilio SMS provider"));
  }
}
