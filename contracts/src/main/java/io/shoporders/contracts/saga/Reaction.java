package io.shoporders.contracts.saga;

import io.shoporders.contracts.Require;

/**
 * What one service does when it reads an event, and what undoes that if the order is cancelled
 * later.
 *
 * @param reactor the service that consumes the event
 * @param action what it does, and which events it may emit
 * @param compensation what undoes the action after a cancellation, or why nothing needs undoing
 */
public record Reaction(Participant reactor, String action, String compensation) {

  public Reaction {
    Require.present(reactor, "reactor");
    Require.text(action, "action");
    Require.text(compensation, "compensation");
  }
}
