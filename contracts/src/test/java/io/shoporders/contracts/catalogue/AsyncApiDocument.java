package io.shoporders.contracts.catalogue;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shoporders.contracts.Aggregate;
import io.shoporders.contracts.EventHeaders;
import io.shoporders.contracts.EventType;
import io.shoporders.contracts.saga.Participant;
import io.shoporders.contracts.saga.Reaction;
import io.shoporders.contracts.saga.Saga;
import io.shoporders.contracts.saga.SagaStep;
import java.util.stream.Collectors;

/**
 * Builds the AsyncAPI 3 document: a channel per topic (every event type and every dead-letter
 * topic), a message per event whose payload is the envelope with that event's JSON Schema, and one
 * operation per emitter and per reactor, taken from the saga table.
 */
final class AsyncApiDocument {

  static final String SCHEMA_FORMAT = "application/schema+json;version=draft-2020-12";

  private static final ObjectMapper JSON = new ObjectMapper();

  private AsyncApiDocument() {}

  static ObjectNode build() {
    ObjectNode document = JSON.createObjectNode();
    document.put("asyncapi", "3.0.0");
    document.set("info", info());
    document.put("defaultContentType", "application/json");
    document.set("channels", channels());
    document.set("operations", operations());
    document.set("components", components());
    return document;
  }

  private static ObjectNode info() {
    ObjectNode info = JSON.createObjectNode();
    info.put("title", "Shop Orders events");
    info.put("version", "1.0.0");
    info.put(
        "description",
        "Every event of the Shop Orders saga. Topic = event type; record key = order id (sku"
            + " for ProductChanged); record value = the event envelope as JSON; headers eventId,"
            + " eventType, traceparent. Each consumer group parks unreadable records in"
            + " <group>.dlq. Generated from the records of the contracts module.");
    return info;
  }

  private static ObjectNode channels() {
    ObjectNode channels = JSON.createObjectNode();
    for (SagaStep step : Saga.STEPS) {
      ObjectNode channel = channels.putObject(step.event().topic());
      channel.put("address", step.event().topic());
      channel.put("description", channelDescription(step));
      channel.putObject("messages").set(step.event().name(), messageRef(step.event()));
    }
    for (Participant participant : Participant.values()) {
      channels.set(participant.deadLetterTopic(), deadLetterChannel(participant));
    }
    return channels;
  }

  private static String channelDescription(SagaStep step) {
    String consumers =
        step.reactions().stream()
            .map(reaction -> reaction.reactor().consumerGroup())
            .distinct()
            .collect(Collectors.joining(", "));
    return "Emitted by "
        + step.emittedBy().consumerGroup()
        + "; consumed by "
        + consumers
        + ". Key: "
        + keyDescription(step.event())
        + ".";
  }

  private static ObjectNode deadLetterChannel(Participant participant) {
    ObjectNode channel = JSON.createObjectNode();
    channel.put("address", participant.deadLetterTopic());
    channel.put(
        "description",
        "Records "
            + participant.consumerGroup()
            + " could not handle, unchanged, with the"
            + " dead-letter-* headers saying why and where from. Replay them to the topic in"
            + " dead-letter-topic.");
    ObjectNode messages = channel.putObject("messages");
    for (EventType type : Saga.consumedBy(participant)) {
      messages.set(type.name(), messageRef(type));
    }
    return channel;
  }

  private static ObjectNode operations() {
    ObjectNode operations = JSON.createObjectNode();
    for (SagaStep step : Saga.STEPS) {
      String emitter = step.emittedBy().consumerGroup();
      operations.set(emitter + ".sends." + step.event(), sendOperation(step));
      for (Reaction reaction : step.reactions()) {
        String reactor = reaction.reactor().consumerGroup();
        operations.set(reactor + ".receives." + step.event(), receiveOperation(step, reaction));
      }
    }
    return operations;
  }

  private static ObjectNode sendOperation(SagaStep step) {
    ObjectNode operation = operation("send", step.event().topic(), step.event().name());
    operation.put("summary", "Written to the outbox of " + step.emittedBy().consumerGroup() + ".");
    return operation;
  }

  private static ObjectNode receiveOperation(SagaStep step, Reaction reaction) {
    ObjectNode operation = operation("receive", step.event().topic(), step.event().name());
    operation.put("summary", reaction.reactor().consumerGroup() + " " + reaction.action() + ".");
    operation.put("description", "Undone by: " + reaction.compensation() + ".");
    return operation;
  }

  private static ObjectNode operation(String action, String channel, String message) {
    ObjectNode operation = JSON.createObjectNode();
    operation.put("action", action);
    operation.putObject("channel").put("$ref", "#/channels/" + channel);
    operation
        .putArray("messages")
        .addObject()
        .put("$ref", "#/channels/" + channel + "/messages/" + message);
    return operation;
  }

  private static ObjectNode components() {
    ObjectNode components = JSON.createObjectNode();
    ObjectNode messages = components.putObject("messages");
    for (EventType type : EventType.values()) {
      messages.set(type.name(), message(type));
    }
    components.putObject("schemas").set("EventHeaders", headers());
    return components;
  }

  private static ObjectNode message(EventType type) {
    ObjectNode message = JSON.createObjectNode();
    message.put("name", type.name());
    message.put("title", type.name());
    message.put("summary", type.payloadType().getAnnotation(JsonClassDescription.class).value());
    message.put("contentType", "application/json");
    message.putObject("headers").put("$ref", "#/components/schemas/EventHeaders");
    if (type.aggregate() == Aggregate.ORDER) {
      message.putObject("correlationId").put("location", "$message.payload#/orderId");
    }
    message.set("payload", envelopeOf(type));
    ObjectNode kafka = message.putObject("bindings").putObject("kafka");
    kafka.putObject("key").put("type", "string").put("description", keyDescription(type));
    kafka.put("bindingVersion", "0.5.0");
    return message;
  }

  private static ObjectNode envelopeOf(EventType type) {
    ObjectNode payload = JSON.createObjectNode();
    payload.put("schemaFormat", SCHEMA_FORMAT);
    ArrayNode allOf = payload.putObject("schema").putArray("allOf");
    allOf.addObject().put("$ref", "./schemas/" + JsonSchemas.fileName(JsonSchemas.ENVELOPE));
    ObjectNode properties = allOf.addObject().put("type", "object").putObject("properties");
    properties.putObject("type").put("const", type.name());
    properties.putObject("version").put("type", "integer").put("maximum", type.currentVersion());
    properties.putObject("payload").put("$ref", "./schemas/" + JsonSchemas.fileName(type.name()));
    return payload;
  }

  private static ObjectNode headers() {
    ObjectNode headers = JSON.createObjectNode().put("type", "object");
    ObjectNode properties = headers.putObject("properties");
    properties
        .putObject(EventHeaders.EVENT_ID)
        .put("type", "string")
        .put("format", "uuid")
        .put("description", "The envelope's eventId, from the outbox row's id column.");
    properties
        .putObject(EventHeaders.EVENT_TYPE)
        .put("type", "string")
        .put("description", "The envelope's type, from the outbox row's type column.");
    properties
        .putObject(EventHeaders.TRACEPARENT)
        .put("type", "string")
        .put(
            "description",
            "W3C trace context of the request that caused the event; absent" + " outside a trace.");
    headers.putArray("required").add(EventHeaders.EVENT_ID).add(EventHeaders.EVENT_TYPE);
    return headers;
  }

  private static ObjectNode messageRef(EventType type) {
    return JSON.createObjectNode().put("$ref", "#/components/messages/" + type.name());
  }

  private static String keyDescription(EventType type) {
    return type.aggregate() == Aggregate.PRODUCT ? "the product's sku" : "the order id";
  }
}
