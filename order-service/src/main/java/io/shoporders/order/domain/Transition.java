package io.shoporders.order.domain;

import java.util.List;

/** The facts after recording one more, and the events to emit because of it, in order. */
public record Transition(OrderProgress progress, List<Outcome> outcomes) {

  public Transition {
    outcomes = List.copyOf(outcomes);
  }
}
