package io.shoporders.notification.persistence;

import static java.util.stream.Collectors.joining;

import io.shoporders.contracts.notification.NotificationKind;
import io.shoporders.notification.domain.MessageSequence;
import java.util.Arrays;
import java.util.Set;

/**
 * The message sequence as an SQL condition on the row {@code n}: true when every kind that goes
 * before it has been sent or has failed, and every kind it awaits is recorded. Read in the same
 * statement that claims the row, so the decision and the lease are one atomic step.
 */
final class TurnCondition {

  private TurnCondition() {}

  static String of(MessageSequence sequence) {
    return Arrays.stream(NotificationKind.values())
        .map(kind -> ofKind(kind, sequence))
        .collect(joining(" OR ", "(", ")"));
  }

  private static String ofKind(NotificationKind kind, MessageSequence sequence) {
    String condition = "(n.kind = '" + kind.name() + "'";
    Set<NotificationKind> before = sequence.before(kind);
    if (!before.isEmpty()) {
      condition += " AND NOT EXISTS (SELECT 1" + others(before) + " AND o.status = 'INTENDED')";
    }
    Set<NotificationKind> awaited = sequence.awaited(kind);
    if (!awaited.isEmpty()) {
      condition += " AND (SELECT count(*)" + others(awaited) + ") = " + awaited.size();
    }
    return condition + ")";
  }

  /** The order's messages of these kinds, as {@code o}. */
  private static String others(Set<NotificationKind> kinds) {
    return kinds.stream()
        .map(kind -> "'" + kind.name() + "'")
        .collect(
            joining(
                ", ", " FROM notification o WHERE o.order_id = n.order_id AND o.kind IN (", ")"));
  }
}
