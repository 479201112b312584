package io.shoporders.contracts.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import io.shoporders.contracts.EventCodec;
import io.shoporders.contracts.EventType;
import io.shoporders.contracts.Examples;
import java.util.Iterator;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the codec writes has exactly the properties the published schema lists, at every level: a
 * helper method that Jackson mistook for a property, or a field the schema lacks, fails here.
 */
class EncodedEventsTest {

  private final EventCodec codec = new EventCodec();

  @ParameterizedTest
  @EnumSource(EventType.class)
  void encodedEventHasExactlyTheSchemasProperties(EventType type) {
    JsonNode event = PrettyJson.read(codec.encode(Examples.envelope(type)));
    JsonNode payloadSchema = JsonSchemas.payload(type);
    SoftAssertions softly = new SoftAssertions();

    compare(event, JsonSchemas.envelope(), JsonSchemas.envelope(), "", softly);
    compare(event.get("payload"), payloadSchema, payloadSchema, "payload", softly);

    softly.assertAll();
  }

  private static void compare(
      JsonNode value, JsonNode schema, JsonNode document, String path, SoftAssertions softly) {
    JsonNode resolved =
        schema.has("$ref") ? document.at(schema.get("$ref").asText().substring(1)) : schema;
    if (value.isObject() && resolved.has("properties")) {
      softly
          .assertThat(value.fieldNames())
          .toIterable()
          .as(path)
          .containsExactlyElementsOf(() -> resolved.get("properties").fieldNames());
      Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
      fields.forEachRemaining(
          field ->
              compare(
                  field.getValue(),
                  resolved.get("properties").path(field.getKey()),
                  document,
                  path + "." + field.getKey(),
                  softly));
    } else if (value.isArray()) {
      value.forEach(
          element -> compare(element, resolved.get("items"), document, path + "[]", softly));
    }
  }
}
