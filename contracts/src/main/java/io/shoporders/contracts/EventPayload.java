package io.shoporders.contracts;

/**
 * The payload of one event: a record in one of this module's packages, named as the past-tense fact
 * it states. {@link EventType} maps every payload type to its event type.
 */
public interface EventPayload {}
