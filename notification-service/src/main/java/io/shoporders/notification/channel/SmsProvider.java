package io.shoporders.notification.channel;

import io.smallrye.mutiny.Uni;

/**
 * Something that delivers a text message to a mobile number. Fails with a {@link SendFailure} that
 * says whether trying again can help.
 */
public interface SmsProvider {

  /** Hands {@code text} over for delivery to {@code phone}, a number in E.164 form. */
  Uni<Void> send(String phone, String text);
}
