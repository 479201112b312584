package io.shoporders.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every field the published schema calls required is rejected, with its path, when an incoming
 * event lacks it. Driven by the committed JSON Schemas, so the schemas, the codec and the records
 * cannot drift apart.
 */
class RequiredFieldsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final EventCodec codec = new EventCodec();

  @ParameterizedTest
  @EnumSource(EventType.class)
  void everyRequiredFieldMissingFromAnEventIsRejectedByName(EventType type) throws IOException {
    ObjectNode event = (ObjectNode) JSON.readTree(codec.encode(Examples.envelope(type)));
    List<String> paths = new ArrayList<>();
    collectRequired(event, schema("EventEnvelope"), schema("EventEnvelope"), "", paths);
    collectRequired(
        event.get("payload"), schema(type.name()), schema(type.name()), "payload", paths);
    SoftAssertions softly = new SoftAssertions();

    for (String path : paths) {
      Throwable rejection = catchThrowable(() -> codec.decode(without(event, path).toString()));

      softly
          .assertThat(rejection)
          .as(path)
          .isInstanceOf(InvalidEventException.class)
          .hasMessageStartingWith(path + " is required");
    }

    softly.assertAll();
    assertThat(paths).contains("eventId", "payload");
  }

  /** Paths of the required fields present in {@code node}; arrays by their first element. */
  private static void collectRequired(
      JsonNode node, JsonNode schema, JsonNode document, String path, List<String> paths) {
    JsonNode resolved = resolve(schema, document);
    for (JsonNode name : resolved.path("required")) {
      String at = path.isEmpty() ? name.asText() : path + "." + name.asText();
      paths.add(at);
      descend(
          node.get(name.asText()),
          resolved.get("properties").get(name.asText()),
          document,
          at,
          paths);
    }
  }

  private static void descend(
      JsonNode value, JsonNode schema, JsonNode document, String path, List<String> paths) {
    JsonNode resolved = resolve(schema, document);
    if (value.isArray() && !value.isEmpty()) {
      descend(value.get(0), resolved.get("items"), document, path + "[0]", paths);
    } else if (value.isObject() && resolved.has("properties")) {
      collectRequired(value, resolved, document, path, paths);
    }
  }

  private static JsonNode resolve(JsonNode schema, JsonNode document) {
    return schema.has("$ref") ? document.at(schema.get("$ref").asText().substring(1)) : schema;
  }

  /** A copy of the event without the field at a path such as payload.lines[0].sku. */
  private static ObjectNode without(ObjectNode event, String path) {
    ObjectNode copy = event.deepCopy();
    String pointer = "/" + path.replace(".", "/").replaceAll("\\[(\\d+)]", "/$1");
    int last = pointer.lastIndexOf('/');
    ((ObjectNode) copy.at(pointer.substring(0, last))).remove(pointer.substring(last + 1));
    return copy;
  }

  private static JsonNode schema(String name) throws IOException {
    String resource = "schemas/" + name + ".schema.json";
    try (InputStream in = RequiredFieldsTest.class.getClassLoader().getResourceAsStream(resource)) {
      return JSON.readTree(in);
    }
  }
}
