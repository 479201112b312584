package io.shoporders.notification.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.shoporders.notification.domain.NotificationStatus;
import io.shoporders.notification.template.Message;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The messages this service decided to send, and the leases of those being sent. */
@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

  // A second event of a kind the order already has (a new event id, the same fact) adds nothing.
  private static final String INTEND =
      "INSERT INTO notification (id, order_id, kind, channel, status, cause_event_id, language,"
          + " recipient, subject, html_body, text_body)"
          + " VALUES (?1, ?2, ?3, ?4, 'INTENDED', ?5, ?6, ?7, CAST(?8 AS text),"
          + " CAST(?9 AS text), ?10)"
          + " ON CONFLICT (order_id, kind) DO NOTHING";

  private static final String CLAIM =
      "update Notification set claimedUntil = ?1 where id = ?2 and status = ?3"
          + " and (claimedUntil is null or claimedUntil < ?4)";

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
   * Takes an INTENDED message for sending until {@code until}; false when it is no longer INTENDED
   * or another sender still holds it.
   */
  public Uni<Boolean> claim(UUID id, Instant now, Instant until) {
    return update(CLAIM, until, id, NotificationStatus.INTENDED, now).map(updated -> updated == 1);
  }

  /** INTENDED messages that no sender holds: left by a crash, or by a sender that gave up. */
  public Uni<List<UUID>> unclaimed(Instant now, int limit) {
    return find(
            "status = ?1 and (claimedUntil is null or claimedUntil < ?2) order by createdAt",
            NotificationStatus.INTENDED,
            now)
        .page(0, limit)
        .list()
        .map(found -> found.stream().map(notification -> notification.id).toList());
  }

  /** Every message about the order, oldest first. */
  public Uni<List<Notification>> ofOrder(UUID orderId) {
    return list("orderId = ?1 order by createdAt", orderId);
  }
}
