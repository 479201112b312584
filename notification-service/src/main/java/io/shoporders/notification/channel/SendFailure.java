package io.shoporders.notification.channel;

/**
 * A provider did not take a message. Says why as a lower_snake_case code without personal data, and
 * whether trying again can help.
 */
public final class SendFailure extends RuntimeException {

  private final String reason;
  private final boolean permanent;

  private SendFailure(String reason, boolean permanent, Throwable cause) {
    super(reason + (permanent ? " (permanent)" : " (transient)"), cause, false, false);
    this.reason = reason;
    this.permanent = permanent;
  }

  /** Trying again cannot help: the address is invalid, or the provider refused the message. */
  public static SendFailure permanent(String reason, Throwable cause) {
    return new SendFailure(reason, true, cause);
  }

  /** The provider is down or busy: trying again later may succeed. */
  public static SendFailure transientFailure(String reason, Throwable cause) {
    return new SendFailure(reason, false, cause);
  }

  /** Whether {@code failure} is one that a later attempt may get past. */
  public static boolean isTransient(Throwable failure) {
    return failure instanceof SendFailure sendFailure && !sendFailure.permanent;
  }

  public String reason() {
    return reason;
  }

  public boolean permanent() {
    return permanent;
  }
}
