package io.shoporders.notification.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.shoporders.notification.config.NotificationConfig;
import io.shoporders.notification.domain.MessageSequence;
import io.shoporders.notification.template.Message;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The messages this service decided to send, the leases of those being sent, and which may go now.
 */
@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

  // A second event of a kind the order already has (a new event id, the same fact) adds nothing.
  private static final String INTEND =
      "INSERT INTO notification (id, order_id, kind, channel, status, cause_event_id, language,"
          + " recipient, subject, html_body, text_body)"
          + " VALUES (?1, ?2, ?3, ?4, 'INTENDED', ?5, ?6, ?7, CAST(?8 AS text),"
          + " CAST(?9 AS text), ?10)"
          + " ON CONFLICT (order_id, kind) DO NOTHING";

  // INTENDED, no sender holds it (?1 is now), and its turn has come or it was recorded before ?2:
  // a message never waits for long for one that may be lost. TurnCondition fills in the turn.
  private static final String MAY_GO =
      "n.status = 'INTENDED' AND (n.claimed_until IS NULL OR n.claimed_until < ?1)"
          + " AND (n.created_at < ?2 OR %s)";

  private static final String CLAIM =
      "UPDATE notification n SET claimed_until = ?3 WHERE n.id = ?4 AND "
          + MAY_GO
          + " RETURNING %s";

  private static final String DUE =
      "SELECT n.id FROM notification n WHERE " + MAY_GO + " ORDER BY n.created_at LIMIT ?3";

  private static final String DUE_OF_ORDER =
      "SELECT n.id FROM notification n WHERE n.order_id = ?3 AND "
          + MAY_GO
          + " ORDER BY n.created_at";

  private final String claim;
  private final String due;
  private final String dueOfOrder;

  NotificationRepository(NotificationConfig config) {
    String turn = TurnCondition.of(new MessageSequence(config.shop().sendsOrderConfirmed()));
    this.claim = CLAIM.formatted(turn, turn);
    this.due = DUE.formatted(turn);
    this.dueOfOrder = DUE_OF_ORDER.formatted(turn);
  }

  /**
   * Records, in the current transaction, that {@code message} is to be sent for the order.
   *
   * @return the new message's id, or null when the order has this kind of message already
   */
  public Uni<UUID> intend(UUID orderId, UUID causeEventId, Message message) {
    UUID id = UUID.randomUUID();
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(INTEND)
                    .setParameter(1, id)
                    .setParameter(2, orderId)
                    .setParameter(3, message.kind().name())
                    .setParameter(4, message.channel().name())
                    .setParameter(5, causeEventId)
                    .setParameter(6, message.language())
                    .setParameter(7, message.recipient())
                    .setParameter(8, message.subject())
                    .setParameter(9, message.html())
                    .setParameter(10, message.text())
                    .executeUpdate())
        .map(inserted -> inserted == 1 ? id : null);
  }

  /**
   * Takes an INTENDED message for sending until {@code until}, unless another sender holds it, or
   * it waits for its turn and was recorded after {@code overdueBefore}.
   *
   * @return empty when it was not taken; true when taken in its turn, false when taken only because
   *     it has waited long enough
   */
  public Uni<Optional<Boolean>> claim(UUID id, Instant now, Instant until, Instant overdueBefore) {
    return results(claim, Boolean.class, now, overdueBefore, until, id)
        .map(inTurn -> inTurn.stream().findFirst());
  }

  /**
   * INTENDED messages, oldest first, that no sender holds and that may go: in their turn, or
   * recorded before {@code overdueBefore}. A crash or a sender that gave up left them, or they
   * waited for their turn.
   */
  public Uni<List<UUID>> due(Instant now, Instant overdueBefore, int limit) {
    return results(due, UUID.class, now, overdueBefore, limit);
  }

  /** The same as {@link #due}, for one order's messages. */
  public Uni<List<UUID>> dueOfOrder(UUID orderId, Instant now, Instant overdueBefore) {
    return results(dueOfOrder, UUID.class, now, overdueBefore, orderId);
  }

  private static <T> Uni<List<T>> results(String sql, Class<T> type, Object... parameters) {
    return Panache.getSession()
        .chain(
            session -> {
              var query = session.createNativeQuery(sql, type);
              for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
              }
              return query.getResultList();
            });
  }

  /** Every message about the order, oldest first. */
  public Uni<List<Notification>> ofOrder(UUID orderId) {
    return list("orderId = ?1 order by createdAt", orderId);
  }
}
