package io.shoporders.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.shoporders.contracts.EventCodec;
import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.OutboxRow;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Publishes events the only way this system allows: as a row of the service's outbox table, written
 * in the transaction of the state change the event announces. Debezium relays the row to Kafka once
 * the transaction commits; if it rolls back, the event never existed.
 */
@ApplicationScoped
public class Outbox {

  private static final Logger LOG = Logger.getLogger(Outbox.class);
  private static final String INSERT =
      "INSERT INTO outbox_event"
          + " (id, aggregate_type, aggregate_id, type, payload, traceparent, created_at)"
          + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";

  private final EventCodec codec;

  Outbox(EventCodec codec) {
    this.codec = codec;
  }

  /** Adds the event to the current transaction; call it inside {@code Panache.withTransaction}. */
  public Uni<Void> emit(EventEnvelope<?> event) {
    OutboxRow row = OutboxRow.from(event, codec, currentTraceparent());
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(INSERT)
                    .setParameter(1, row.id())
                    .setParameter(2, row.aggregateType())
                    .setParameter(3, row.aggregateId())
                    .setParameter(4, row.type())
                    .setParameter(5, row.payload())
                    .setParameter(6, row.traceparent())
                    .setParameter(7, row.createdAt())
                    .executeUpdate())
        .invoke(() -> LOG.debugf("%s %s queued for %s", row.type(), row.id(), row.aggregateId()))
        .replaceWithVoid();
  }

  /** The W3C trace context of the current span, so a trace follows the order across services. */
  private static String currentTraceparent() {
    SpanContext span = Span.current().getSpanContext();
    if (!span.isValid()) {
      return null;
    }
    return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
  }
}
