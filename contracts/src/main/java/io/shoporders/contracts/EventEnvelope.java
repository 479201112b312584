package io.shoporders.contracts;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.shoporders.contracts.inventory.ProductChanged;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One event as it travels: ids, type, payload version, time, and the typed payload. Build it with
 * the factories, which set the ids, version and time, so no service sets them by hand.
 */
@JsonClassDescription(
    "The envelope of every event: the record value on Kafka and the outbox's payload column.")
public record EventEnvelope<P extends EventPayload>(
    @JsonPropertyDescription(
            "Unique id of this event: the outbox row id, the eventId header, the consumers'"
                + " deduplication key.")
        UUID eventId,
    @JsonPropertyDescription("Event type, which is also the topic, e.g. OrderPlaced.")
        EventType type,
    @JsonPropertyDescription(
            "Version of the payload's shape. A consumer dead-letters a version newer than it"
                + " knows.")
        int version,
    @JsonPropertyDescription("When the fact happened: ISO-8601 in UTC, microsecond precision.")
        Instant occurredAt,
    @OptionalField
        @JsonPropertyDescription(
            "The order the event is about, and the Kafka key; null only for ProductChanged.")
        UUID orderId,
    @OptionalField
        @JsonPropertyDescription(
            "eventId of the event this one reacts to; null only for OrderPlaced and"
                + " ProductChanged, which start from a person's request.")
        UUID causationId,
    @JsonPropertyDescription("The event's own fields; their shape depends on type.") P payload) {

  public EventEnvelope {
    Require.present(eventId, "eventId");
    Require.present(type, "type");
    Require.present(occurredAt, "occurredAt");
    requirePayloadOf(type, Require.present(payload, "payload"));
    if (!type.supports(version)) {
      throw new IllegalArgumentException(
          "version " + version + " is not a version of " + type + " that this build knows");
    }
    requireOrderId(type, orderId);
    requireCause(type, causationId);
  }

  /** The first event of an order, OrderPlaced, which nothing caused. */
  public static <P extends EventPayload> EventEnvelope<P> first(
      UUID orderId, P payload, Clock clock) {
    return create(orderId, null, payload, clock);
  }

  /** A catalogue change: no order, no cause, keyed by the sku. */
  public static EventEnvelope<ProductChanged> ofProduct(ProductChanged payload, Clock clock) {
    return create(null, null, payload, clock);
  }

  /** An event that reacts to {@code cause}: same order, caused by it. */
  public static <P extends EventPayload> EventEnvelope<P> causedBy(
      EventEnvelope<?> cause, P payload, Clock clock) {
    Require.present(cause, "cause");
    return create(cause.orderId(), cause.eventId(), payload, clock);
  }

  /**
   * An event that reacts to an event the service kept only the ids of: a retried label, or a
   * cancellation a person requested (its cause is the order's OrderPlaced event).
   */
  public static <P extends EventPayload> EventEnvelope<P> causedBy(
      UUID orderId, UUID causationId, P payload, Clock clock) {
    return create(orderId, Require.present(causationId, "causationId"), payload, clock);
  }

  /**
   * The Kafka record key and the outbox's aggregate_id: the order id, or the sku of a
   * ProductChanged.
   */
  public String aggregateId() {
    return payload instanceof ProductChanged product ? product.sku() : orderId.toString();
  }

  private static <P extends EventPayload> EventEnvelope<P> create(
      UUID orderId, UUID causationId, P payload, Clock clock) {
    EventType type = EventType.of(Require.present(payload, "payload").getClass());
    // PostgreSQL keeps microseconds: the outbox's created_at then equals occurredAt exactly.
    Instant now = Require.present(clock, "clock").instant().truncatedTo(ChronoUnit.MICROS);
    return new EventEnvelope<>(
        UUID.randomUUID(), type, type.currentVersion(), now, orderId, causationId, payload);
  }

  private static void requirePayloadOf(EventType type, EventPayload payload) {
    if (!type.payloadType().isInstance(payload)) {
      throw new IllegalArgumentException(
          "payload is a " + payload.getClass().getSimpleName() + ", not the payload of " + type);
    }
  }

  private static void requireOrderId(EventType type, UUID orderId) {
    if (type.aggregate() == Aggregate.ORDER && orderId == null) {
      throw new NullPointerException("orderId is required for " + type);
    }
    if (type.aggregate() == Aggregate.PRODUCT && orderId != null) {
      throw new IllegalArgumentException("orderId must be absent for " + type);
    }
  }

  private static void requireCause(EventType type, UUID causationId) {
    if (type.hasCause() && causationId == null) {
      throw new NullPointerException("causationId is required for " + type);
    }
    if (!type.hasCause() && causationId != null) {
      throw new IllegalArgumentException("causationId must be absent for " + type);
    }
  }
}
