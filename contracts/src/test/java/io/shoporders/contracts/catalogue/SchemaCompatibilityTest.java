package io.shoporders.contracts.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shoporders.contracts.EventType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each event's schema must stay readable by the consumers and writable by the producers already
 * deployed. The baseline is the schema as last released, under {@code
 * src/test/resources/schema-baseline/<Type>.v<version>.schema.json}.
 *
 * <p>Moving the baseline: when a breaking change is released on purpose, raise the event's {@code
 * currentVersion} in {@link EventType}, teach {@code EventCodec} to read the previous version as
 * long as topics may hold it, regenerate the schemas, and copy the new schema to {@code
 * schema-baseline/<Type>.v<newVersion>.schema.json}. Delete the old version's baseline when no
 * record of that version can be left in the topic. A compatible change (a new optional field) needs
 * no new baseline; copy the schema over the current version's baseline if you want the next
 * comparison to start from it.
 */
class SchemaCompatibilityTest {

  private static final String BASELINE = "schema-baseline/";

  @ParameterizedTest
  @EnumSource(EventType.class)
  void everyEventStaysCompatibleWithItsReleasedBaseline(EventType type) {
    String baselineFile = type.name() + ".v" + type.currentVersion() + ".schema.json";
    JsonNode baseline = resource(BASELINE + baselineFile);
    JsonNode current = resource("schemas/" + JsonSchemas.fileName(type.name()));

    List<String> breaks = SchemaCompatibility.breakingChanges(type.name(), baseline, current);

    assertThat(breaks)
        .as(
            "changes to %s that break deployed services: release them as version %d"
                + " (see this test's Javadoc)",
            type, type.currentVersion() + 1)
        .isEmpty();
  }

  @Test
  void envelopeStaysCompatibleWithItsReleasedBaseline() {
    JsonNode baseline = resource(BASELINE + JsonSchemas.fileName(JsonSchemas.ENVELOPE));
    JsonNode current = resource("schemas/" + JsonSchemas.fileName(JsonSchemas.ENVELOPE));

    List<String> breaks = SchemaCompatibility.breakingChanges("envelope", baseline, current);

    assertThat(breaks).isEmpty();
  }

  @Test
  void addingAnOptionalPropertyIsCompatible() {
    ObjectNode changed = orderLike();
    properties(changed).putObject("giftNote").putArray("type").add("string").add("null");

    List<String> breaks = SchemaCompatibility.breakingChanges("Order", orderLike(), changed);

    assertThat(breaks).isEmpty();
  }

  @Test
  void removingAPropertyBreaksConsumers() {
    ObjectNode changed = orderLike();
    properties(changed).remove("orderNumber");

    List<String> breaks = SchemaCompatibility.breakingChanges("Order", orderLike(), changed);

    assertThat(breaks).containsExactly("Order.orderNumber: removed");
  }

  @Test
  void changingATypeBreaks() {
    ObjectNode changed = orderLike();
    properties(changed).putObject("orderNumber").put("type", "integer");

    List<String> breaks = SchemaCompatibility.breakingChanges("Order", orderLike(), changed);

    assertThat(breaks)
        .containsExactly("Order.orderNumber: type changed from [string] to [integer]");
  }

  @Test
  void makingARequiredFieldNullableBreaksConsumers() {
    ObjectNode changed = orderLike();
    properties(changed).putObject("orderNumber").putArray("type").add("string").add("null");

    List<String> breaks = SchemaCompatibility.breakingChanges("Order", orderLike(), changed);

    assertThat(breaks)
        .containsExactly("Order.orderNumber: type changed from [string] to [null, string]");
  }

  @Test
  void addingARequiredPropertyBreaksProducers() {
    ObjectNode changed = orderLike();
    properties(changed).putObject("channel").put("type", "string");
    ((ArrayNode) changed.get("required")).add("channel");

    List<String> breaks = SchemaCompatibility.breakingChanges("Order", orderLike(), changed);

    assertThat(breaks).containsExactly("Order.channel: became required");
  }

  @Test
  void changingEnumValuesBreaks() {
    ObjectNode changed = orderLike();
    ((ArrayNode) properties(changed).get("reason").get("enum")).add("LOST_IN_TRANSIT");

    List<String> breaks = SchemaCompatibility.breakingChanges("Order", orderLike(), changed);

    assertThat(breaks).hasSize(1).first().asString().startsWith("Order.reason: values changed");
  }

  @Test
  void changesInsideNestedDefinitionsAndListsAreFound() {
    ObjectNode changed = orderLike();
    ObjectNode money = (ObjectNode) changed.at("/$defs/Money/properties");
    money.putObject("amountMinor").put("type", "number");

    List<String> breaks = SchemaCompatibility.breakingChanges("Order", orderLike(), changed);

    assertThat(breaks)
        .containsExactly(
            "Order.lines[].unitPrice.amountMinor: type changed from [integer] to [number]");
  }

  private static ObjectNode orderLike() {
    return (ObjectNode)
        PrettyJson.read(
            """
        {
          "type": "object",
          "properties": {
            "orderNumber": {"type": "string"},
            "reason": {"type": "string", "enum": ["PAYMENT_DECLINED", "OUT_OF_STOCK"]},
            "lines": {"type": "array", "items": {"$ref": "#/$defs/Line"}}
          },
          "required": ["orderNumber", "reason", "lines"],
          "$defs": {
            "Line": {
              "type": "object",
              "properties": {"unitPrice": {"$ref": "#/$defs/Money"}},
              "required": ["unitPrice"]
            },
            "Money": {
              "type": "object",
              "properties": {"amountMinor": {"type": "integer"}},
              "required": ["amountMinor"]
            }
          }
        }
        """);
  }

  private static ObjectNode properties(ObjectNode schema) {
    return (ObjectNode) schema.get("properties");
  }

  private static JsonNode resource(String name) {
    try (InputStream in =
        SchemaCompatibilityTest.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        return fail(
            "%s is missing. A new event type starts its baseline as a copy of its"
                + " schema: cp src/main/resources/schemas/<Type>.schema.json"
                + " src/test/resources/schema-baseline/<Type>.v1.schema.json",
            name);
      }
      return PrettyJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + name, e);
    }
  }
}
