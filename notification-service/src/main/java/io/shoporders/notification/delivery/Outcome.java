package io.shoporders.notification.delivery;

import io.shoporders.notification.channel.SendFailure;

/** What the provider answered, in the end, after the retries. */
record Outcome(boolean sent, String reason, boolean permanent) {

  static Outcome handedOver() {
    return new Outcome(true, null, false);
  }

  /** The failure a provider gave, also when it arrives wrapped by the exhausted retries. */
  static Outcome of(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SendFailure sendFailure) {
        return new Outcome(false, sendFailure.reason(), sendFailure.permanent());
      }
    }
    return new Outcome(false, "send_error", false);
  }
}
