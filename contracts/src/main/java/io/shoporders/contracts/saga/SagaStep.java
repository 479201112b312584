package io.shoporders.contracts.saga;

import io.shoporders.contracts.EventType;
import io.shoporders.contracts.Require;
import java.util.List;

/** One row of the saga table: an event, the one service that emits it, and every reaction to it. */
public record SagaStep(EventType event, Participant emittedBy, List<Reaction> reactions) {

  public SagaStep {
    Require.present(event, "event");
    Require.present(emittedBy, "emittedBy");
    reactions = Require.nonEmpty(reactions, "reactions");
  }

  /** Whether the given service reacts to this event, and so subscribes to its topic. */
  public boolean consumedBy(Participant participant) {
    return reactions.stream().anyMatch(reaction -> reaction.reactor() == participant);
  }
}
