package io.shoporders.payment.domain;

/** Where a payment stands with its gateway. */
public enum PaymentStatus {
  /** The authorization was asked for and has not been answered yet. */
  AUTHORIZING,
  /** The gateway holds the amount. */
  AUTHORIZED,
  /** The gateway or the fraud rules refused it; nothing is held. */
  DECLINED,
  /** The held amount was taken. */
  CAPTURED,
  /** The capture was refused for good; the hold may still need a void. */
  CAPTURE_FAILED,
  /** The hold was released without charging. */
  VOIDED,
  /** The captured amount was paid back. */
  REFUNDED,
  /** The gateway refused the refund: an operator pays the customer back by hand. */
  REFUND_FAILED
}
