package io.shoporders.contracts;

/**
 * A record that no retry can make readable. A consumer lets it fail, so the dead-letter-queue
 * failure strategy parks it with this message as its reason, and goes on with the next record.
 */
public abstract class UnreadableEventException extends RuntimeException {

  protected UnreadableEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
