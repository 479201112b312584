package io.shoporders.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps the messaging tables from growing for ever. Debezium relays an outbox row from its insert
 * in the write-ahead log, which the replication slot keeps until the connector has read it, and
 * never from the table: the connector ignores deletes ({@code skipped.operations=u,d,t}) and never
 * snapshots, so deleting a row sends nothing and loses nothing. An inbox record must outlive every
 * way the event can come again: redelivery, a replayed dead letter, a consumer group moved back
 * over the topic's retention (7 days by default). Both are deleted in batches, one short
 * transaction each, so that the purge holds no lock for long.
 */
@ApplicationScoped
public class MessagingTablesPurge {

  private static final Logger LOG = Logger.getLogger(MessagingTablesPurge.class);
  private static final String PURGE_OUTBOX =
      "DELETE FROM outbox_event WHERE id IN"
          + " (SELECT id FROM outbox_event WHERE created_at < ?1 LIMIT ?2)";
  private static final String PURGE_INBOX =
      "DELETE FROM processed_event WHERE (consumer, event_id) IN"
          + " (SELECT consumer, event_id FROM processed_event WHERE processed_at < ?1 LIMIT ?2)";

  private final Duration outboxKeptFor;
  private final Duration inboxKeptFor;
  private final int batchSize;

  MessagingTablesPurge(
      @ConfigProperty(name = "messaging.purge.outbox-kept-for", defaultValue = "P7D")
          Duration outboxKeptFor,
      @ConfigProperty(name = "messaging.purge.inbox-kept-for", defaultValue = "P30D")
          Duration inboxKeptFor,
      @ConfigProperty(name = "messaging.purge.batch-size", defaultValue = "5000") int batchSize) {
    this.outboxKeptFor = outboxKeptFor;
    this.inboxKeptFor = inboxKeptFor;
    this.batchSize = batchSize;
  }

  /** What one purge deleted. */
  public record Purged(long outboxRows, long inboxRecords) {}

  @Scheduled(
      identity = "messaging-tables-purge",
      every = "${messaging.purge.every:PT1H}",
      delayed = "${messaging.purge.first-after:PT5M}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> onSchedule() {
    return purge()
        .invoke(this::log)
        .onFailure()
        .invoke(
            failure ->
                LOG.warnf("Purge of the messaging tables failed, next run retries: %s", failure))
        .onFailure()
        .recoverWithNull()
        .replaceWithVoid();
  }

  /** Deletes outbox rows and inbox records older than they are kept for. */
  public Uni<Purged> purge() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    return deleteInBatches(PURGE_OUTBOX, now.minus(outboxKeptFor), 0)
        .chain(
            outboxRows ->
                deleteInBatches(PURGE_INBOX, now.minus(inboxKeptFor), 0)
                    .map(inboxRecords -> new Purged(outboxRows, inboxRecords)));
  }

  private Uni<Long> deleteInBatches(String statement, OffsetDateTime before, long deletedSoFar) {
    return Panache.withTransaction(
            () ->
                Panache.getSession()
                    .chain(
                        session ->
                            session
                                .createNativeQuery(statement)
                                .setParameter(1, before)
                                .setParameter(2, batchSize)
                                .executeUpdate()))
        .chain(
            deleted ->
                deleted < batchSize
                    ? Uni.createFrom().item(deletedSoFar + deleted)
                    : deleteInBatches(statement, before, deletedSoFar + deleted));
  }

  private void log(Purged purged) {
    if (purged.outboxRows() + purged.inboxRecords() > 0) {
      LOG.infof(
          "Purged %d outbox rows older than %s and %d handled-event records older than %s",
          purged.outboxRows(), outboxKeptFor, purged.inboxRecords(), inboxKeptFor);
    }
  }
}
