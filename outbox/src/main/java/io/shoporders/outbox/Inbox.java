package io.shoporders.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The events a service has handled. Recording an event id in the transaction of its effect makes a
 * redelivery harmless: the second transaction finds the id and does nothing. Two instances that
 * handle the same event at once are serialised by the primary key, and the later one sees it.
 */
@ApplicationScoped
public class Inbox {

  private static final String RECORD =
      "INSERT INTO processed_event (consumer, event_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING";

  /** Records the event for the consumer; true the first time, false for a redelivery. */
  public Uni<Boolean> firstDelivery(String consumer, UUID eventId) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(RECORD)
                    .setParameter(1, consumer)
                    .setParameter(2, eventId)
                    .executeUpdate())
        .map(inserted -> inserted == 1);
  }
}
