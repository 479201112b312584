package io.shoporders.notification.domain;

/** Where a message stands: decided, handed to the provider, or given up on. */
public enum NotificationStatus {
  /**
   * Recorded with the event that caused it; waiting for its turn, not yet handed over, or the
   * outcome not recorded.
   */
  INTENDED,
  /** The SMTP server or SMS provider accepted it. */
  SENT,
  /** It could not be handed over: the address is invalid, or the retries ran out. */
  FAILED
}
