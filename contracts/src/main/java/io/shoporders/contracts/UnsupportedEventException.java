package io.shoporders.contracts;

/**
 * The record is an event this build does not know: an unknown type, or a payload version newer than
 * it reads. Usually a producer was deployed before its consumers; after the consumer is upgraded,
 * its dead letters can be replayed.
 */
public final class UnsupportedEventException extends UnreadableEventException {

  public UnsupportedEventException(String message) {
    super(message, null);
  }
}
