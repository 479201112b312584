package io.shoporders.payment.gateway.sandbox;

import java.time.Duration;
import java.time.Instant;

/**
 * How the sandbox answers for one test payment method.
 *
 * @param declineCode null when the card authorizes, else the code the decline carries
 * @param message the explanation for operators
 * @param holdWindow how long this card's authorization holds; null for the configured window
 */
record SandboxCard(String declineCode, String message, Duration holdWindow) {

  static SandboxCard approving(String brand) {
    return new SandboxCard(null, "test " + brand + " card: approved", null);
  }

  /** A card the issuer authorizes with a hold that has lapsed by the time anyone captures it. */
  static SandboxCard approvingWithLapsedHold(String brand) {
    return new SandboxCard(
        null, "test " + brand + " card: approved, the hold lapses at once", Duration.ZERO);
  }

  static SandboxCard declining(String code, String message) {
    return new SandboxCard(code, message, null);
  }

  boolean approves() {
    return declineCode == null;
  }

  /** When a hold made at {@code now} lapses, given the sandbox's configured window. */
  Instant holdExpiry(Instant now, Duration configuredWindow) {
    return now.plus(holdWindow == null ? configuredWindow : holdWindow);
  }
}
