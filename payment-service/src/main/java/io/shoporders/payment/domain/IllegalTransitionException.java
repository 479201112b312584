package io.shoporders.payment.domain;

/** A gateway outcome that the payment's state cannot accept: a bug, never a business case. */
public class IllegalTransitionException extends IllegalStateException {

  IllegalTransitionException(String message) {
    super(message);
  }
}
