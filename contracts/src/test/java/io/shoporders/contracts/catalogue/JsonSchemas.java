package io.shoporders.contracts.catalogue;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shoporders.contracts.EventEnvelope;
import io.shoporders.contracts.EventType;
import io.shoporders.contracts.OptionalField;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Derives a JSON Schema (draft 2020-12) from a record: properties from its components, required
 * from {@link OptionalField}, descriptions from the Jackson description annotations. Nested records
 * become {@code $defs}, so each schema file stands alone.
 */
final class JsonSchemas {

  static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
  static final String ENVELOPE = "EventEnvelope";

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonSchemas() {}

  /** The file name of a schema: {@code OrderPlaced.schema.json}. */
  static String fileName(String name) {
    return name + ".schema.json";
  }

  /** The schema of an event's payload. */
  static ObjectNode payload(EventType type) {
    return document(type.payloadType(), type.name());
  }

  /** The schema of the envelope, with the payload left open: its shape depends on the type. */
  static ObjectNode envelope() {
    return document(EventEnvelope.class, ENVELOPE);
  }

  private static ObjectNode document(Class<?> recordType, String title) {
    ObjectNode schema = JSON.createObjectNode();
    schema.put("$schema", DIALECT);
    schema.put("title", title);
    Map<String, ObjectNode> defs = new TreeMap<>();
    describeObject(recordType, schema, defs);
    if (!defs.isEmpty()) {
      schema.putObject("$defs").setAll(defs);
    }
    return schema;
  }

  private static void describeObject(
      Class<?> recordType, ObjectNode target, Map<String, ObjectNode> defs) {
    target.put("description", recordType.getAnnotation(JsonClassDescription.class).value());
    target.put("type", "object");
    ObjectNode properties = target.putObject("properties");
    ArrayNode required = JSON.createArrayNode();
    for (RecordComponent component : recordType.getRecordComponents()) {
      properties.set(component.getName(), property(recordType, component, defs));
      if (isRequired(component)) {
        required.add(component.getName());
      }
    }
    target.set("required", required);
  }

  private static ObjectNode property(
      Class<?> owner, RecordComponent component, Map<String, ObjectNode> defs) {
    ObjectNode node = schemaOf(component.getGenericType(), !isRequired(component), defs);
    node.put("description", descriptionOf(owner, component));
    return node;
  }

  static boolean isRequired(RecordComponent component) {
    return component.getType().isPrimitive() || !component.isAnnotationPresent(OptionalField.class);
  }

  private static String descriptionOf(Class<?> owner, RecordComponent component) {
    try {
      JsonPropertyDescription description =
          owner.getDeclaredField(component.getName()).getAnnotation(JsonPropertyDescription.class);
      if (description == null) {
        throw new IllegalStateException(
            owner.getSimpleName()
                + "."
                + component.getName()
                + " needs a @JsonPropertyDescription: the catalogue documents every field");
      }
      return description.value();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("a record always has a field per component", e);
    }
  }

  private static ObjectNode schemaOf(Type type, boolean nullable, Map<String, ObjectNode> defs) {
    if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
      ObjectNode node = typed("array", nullable);
      node.set("items", schemaOf(list.getActualTypeArguments()[0], false, defs));
      return node;
    }
    if (type instanceof TypeVariable<?>) {
      return typed("object", nullable);
    }
    return schemaOfClass((Class<?>) type, nullable, defs);
  }

  private static ObjectNode schemaOfClass(
      Class<?> type, boolean nullable, Map<String, ObjectNode> defs) {
    // A new event type must not read as a change of every envelope: the type is open text.
    if (type == String.class || type == EventType.class) {
      return typed("string", nullable);
    }
    if (type == UUID.class || type == Instant.class) {
      return typed("string", nullable).put("format", type == UUID.class ? "uuid" : "date-time");
    }
    if (type == int.class || type == long.class) {
      return typed("integer", false);
    }
    if (type == boolean.class) {
      return typed("boolean", false);
    }
    if (type.isEnum()) {
      return enumeration(type, nullable);
    }
    if (type.isRecord()) {
      return reference(type, nullable, defs);
    }
    throw new IllegalStateException(type + " has no JSON Schema mapping yet: add one here");
  }

  private static ObjectNode enumeration(Class<?> type, boolean nullable) {
    ObjectNode node = typed("string", nullable);
    ArrayNode values = node.putArray("enum");
    Stream.of(type.getEnumConstants()).map(Object::toString).forEach(values::add);
    if (nullable) {
      values.addNull();
    }
    return node;
  }

  private static ObjectNode reference(
      Class<?> type, boolean nullable, Map<String, ObjectNode> defs) {
    if (!defs.containsKey(type.getSimpleName())) {
      ObjectNode def = JSON.createObjectNode();
      defs.put(type.getSimpleName(), def);
      describeObject(type, def, defs);
    }
    ObjectNode ref = JSON.createObjectNode().put("$ref", "#/$defs/" + type.getSimpleName());
    if (!nullable) {
      return ref;
    }
    ObjectNode either = JSON.createObjectNode();
    either.putArray("anyOf").add(ref).add(JSON.createObjectNode().put("type", "null"));
    return either;
  }

  private static ObjectNode typed(String type, boolean nullable) {
    ObjectNode node = JSON.createObjectNode();
    if (nullable) {
      node.putArray("type").add(type).add("null");
    } else {
      node.put("type", type);
    }
    return node;
  }
}
