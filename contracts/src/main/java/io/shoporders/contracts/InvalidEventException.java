package io.shoporders.contracts;

/**
 * The record is not a valid event: not JSON, a required field missing, a value of the wrong type or
 * out of range. The message names the field's path, e.g. "payload.grandTotal is required".
 */
public final class InvalidEventException extends UnreadableEventException {

  public InvalidEventException(String message) {
    super(message, null);
  }

  public InvalidEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
