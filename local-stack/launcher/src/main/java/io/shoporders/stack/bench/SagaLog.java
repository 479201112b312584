package io.shoporders.stack.bench;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the topics said about each order: when each milestone happened (the event's own occurredAt)
 * and how many distinct events the order caused. Redelivered events (the relay repeats some after a
 * crash) count once, by event id.
 */
final class SagaLog {

  private final Map<UUID, Map<Milestone, Long>> milestones = new ConcurrentHashMap<>();
  private final Map<UUID, Integer> events = new ConcurrentHashMap<>();
  private final Set<UUID> seen = ConcurrentHashMap.newKeySet();

  /** Records one event; occurredMicros is its occurredAt in microseconds since the epoch. */
  void record(UUID eventId, UUID orderId, Milestone milestone, long occurredMicros) {
    if (!seen.add(eventId)) {
      return;
    }
    events.merge(orderId, 1, Integer::sum);
    if (milestone != null) {
      milestones
          .computeIfAbsent(orderId, id -> new EnumMap<>(Milestone.class))
          .putIfAbsent(milestone, occurredMicros);
    }
  }

  /** When the order reached the milestone, in microseconds since the epoch, or null. */
  Long reached(UUID orderId, Milestone milestone) {
    Map<Milestone, Long> reached = milestones.get(orderId);
    return reached == null ? null : reached.get(milestone);
  }

  boolean isFinished(UUID orderId) {
    return reached(orderId, Milestone.SHIPPED) != null
        || reached(orderId, Milestone.CANCELLED) != null;
  }

  int events(UUID orderId) {
    return events.getOrDefault(orderId, 0);
  }
}
