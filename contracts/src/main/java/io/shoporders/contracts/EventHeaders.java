package io.shoporders.contracts;

import java.util.List;

/**
 * Names of the Kafka record headers. The first three come from the outbox row through the Debezium
 * Event Router; the dead-letter ones are added by SmallRye's dead-letter-queue failure strategy
 * when a consumer parks a record it cannot handle.
 */
public final class EventHeaders {

  /** The event's id, as in the envelope; lets tools find an event without parsing the value. */
  public static final String EVENT_ID = "eventId";

  /** The event's type, as in the envelope. */
  public static final String EVENT_TYPE = "eventType";

  /** W3C trace context of the request that caused the event, when there was one. */
  public static final String TRACEPARENT = "traceparent";

  /** Dead letters: the exception's message, e.g. "payload.grandTotal is required". */
  public static final String DEAD_LETTER_REASON = "dead-letter-reason";

  /** Dead letters: the message of the exception's cause, when it has one. */
  public static final String DEAD_LETTER_CAUSE = "dead-letter-cause";

  /** Dead letters: the topic the record was read from, where a replay sends it back. */
  public static final String DEAD_LETTER_TOPIC = "dead-letter-topic";

  /** Dead letters: the partition the record was read from. */
  public static final String DEAD_LETTER_PARTITION = "dead-letter-partition";

  /** Dead letters: the offset the record had in its partition. */
  public static final String DEAD_LETTER_OFFSET = "dead-letter-offset";

  /** Dead letters: class of the exception, in recent SmallRye versions. */
  public static final String DEAD_LETTER_EXCEPTION_CLASS_NAME = "dead-letter-exception-class-name";

  /** Dead letters: class of the exception's cause, in recent SmallRye versions. */
  public static final String DEAD_LETTER_CAUSE_CLASS_NAME = "dead-letter-cause-class-name";

  /** Headers every event record carries. */
  public static final List<String> EVENT = List.of(EVENT_ID, EVENT_TYPE, TRACEPARENT);

  /** Headers a dead letter carries besides those of the event. */
  public static final List<String> DEAD_LETTER =
      List.of(
          DEAD_LETTER_REASON,
          DEAD_LETTER_CAUSE,
          DEAD_LETTER_TOPIC,
          DEAD_LETTER_PARTITION,
          DEAD_LETTER_OFFSET,
          DEAD_LETTER_EXCEPTION_CLASS_NAME,
          DEAD_LETTER_CAUSE_CLASS_NAME);

  private EventHeaders() {}
}
