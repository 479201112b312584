package io.shoporders.contracts;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One row of a service's {@code outbox_event} table, written in the same transaction as the state
 * change it announces. The Debezium Event Router turns it into one Kafka record: topic from {@code
 * type}, key from {@code aggregate_id}, value the {@code payload} text verbatim, headers from
 * {@code id}, {@code type} and {@code traceparent}. Build it with {@link #from}; the module's
 * README has the table's DDL.
 *
 * @param id the event id; primary key, and the eventId header
 * @param aggregateType "order" or "product"
 * @param aggregateId the order id or the sku: the Kafka record key
 * @param type the event type: the topic, and the eventType header
 * @param payload the whole envelope as JSON: the Kafka record value
 * @param traceparent W3C trace context, or null: the traceparent header
 * @param createdAt when the event occurred
 */
public record OutboxRow(
    UUID id,
    String aggregateType,
    String aggregateId,
    String type,
    String payload,
    String traceparent,
    Instant createdAt) {

  /** The table's name, the same in every service's database. */
  public static final String TABLE = "outbox_event";

  /** Width of the varchar columns aggregate_type, aggregate_id and type. */
  public static final int MAX_KEY_LENGTH = 64;

  // version-traceid-parentid-flags, 55 characters for version 00.
  private static final Pattern TRACEPARENT =
      Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

  public OutboxRow {
    Require.present(id, "id");
    requireShort(aggregateType, "aggregateType");
    requireShort(aggregateId, "aggregateId");
    requireShort(type, "type");
    Require.text(payload, "payload");
    if (traceparent != null && !TRACEPARENT.matcher(traceparent).matches()) {
      throw new IllegalArgumentException(
          "traceparent must be a W3C traceparent, got " + traceparent);
    }
    Require.present(createdAt, "createdAt");
  }

  /**
   * The row that publishes {@code envelope}.
   *
   * @param traceparent the current W3C trace context, or null outside a trace
   */
  public static OutboxRow from(EventEnvelope<?> envelope, EventCodec codec, String traceparent) {
    return new OutboxRow(
        envelope.eventId(),
        envelope.type().aggregate().outboxType(),
        envelope.aggregateId(),
        envelope.type().name(),
        codec.encode(envelope),
        traceparent,
        envelope.occurredAt());
  }

  private static void requireShort(String value, String field) {
    if (Require.text(value, field).length() > MAX_KEY_LENGTH) {
      throw new IllegalArgumentException(field + " must be at most 64 characters");
    }
  }
}
