package io.shoporders.contracts.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import io.shoporders.contracts.Aggregate;
import io.shoporders.contracts.EventCodec;
import io.shoporders.contracts.EventType;
import io.shoporders.contracts.Examples;
import io.shoporders.contracts.saga.Participant;
import io.shoporders.contracts.saga.Reaction;
import io.shoporders.contracts.saga.Saga;
import io.shoporders.contracts.saga.SagaStep;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The parts of the README that restate the code: the saga table, the rules, the topics, every
 * payload field and the example event. Each lives between {@code <!-- generated:NAME -->} and
 * {@code <!-- /generated:NAME -->}; the prose around them is written by hand.
 */
final class CatalogueReadme {

  private static final Pattern SECTION =
      Pattern.compile(
          "(<!-- generated:([a-z-]+) -->\n)(.*?)(<!-- /generated:\\2 -->)", Pattern.DOTALL);

  private CatalogueReadme() {}

  /** The README with every generated section rewritten from the code. */
  static String render(String readme) {
    Map<String, String> sections = sections();
    Matcher matcher = SECTION.matcher(readme);
    StringBuilder result = new StringBuilder();
    List<String> seen = new ArrayList<>();
    while (matcher.find()) {
      String name = matcher.group(2);
      String body = sections.get(name);
      if (body == null) {
        throw new IllegalStateException("README has an unknown generated section " + name);
      }
      seen.add(name);
      matcher.appendReplacement(
          result, Matcher.quoteReplacement(matcher.group(1) + body + matcher.group(4)));
    }
    matcher.appendTail(result);
    requireAllSections(sections, seen);
    return result.toString();
  }

  private static void requireAllSections(Map<String, String> sections, List<String> seen) {
    for (String name : sections.keySet()) {
      if (!seen.contains(name)) {
        throw new IllegalStateException(
            "README lacks the markers of generated section "
                + name
                + ": <!-- generated:"
                + name
                + " --> and <!-- /generated:"
                + name
                + " -->");
      }
    }
  }

  private static Map<String, String> sections() {
    Map<String, String> sections = new LinkedHashMap<>();
    sections.put("topics", topics());
    sections.put("envelope", fieldTable(JsonSchemas.envelope()));
    sections.put("example", example());
    sections.put("saga", sagaTable());
    sections.put("rules", rules());
    sections.put("payloads", payloads());
    sections.put("value-types", valueTypes());
    return sections;
  }

  private static String topics() {
    StringBuilder table = new StringBuilder();
    table.append("| topic | key | version | emitted by | consumed by |\n");
    table.append("|---|---|---|---|---|\n");
    for (SagaStep step : Saga.STEPS) {
      table.append(
          row(
              link(step.event().name()),
              keyOf(step.event()),
              String.valueOf(step.event().currentVersion()),
              step.emittedBy().consumerGroup(),
              consumers(step)));
    }
    table.append("\n| dead-letter topic | parks what this consumer group cannot handle |\n");
    table.append("|---|---|\n");
    for (Participant participant : Participant.values()) {
      table.append(row(participant.deadLetterTopic(), participant.consumerGroup()));
    }
    return table.toString();
  }

  private static String consumers(SagaStep step) {
    return step.reactions().stream()
        .map(reaction -> reaction.reactor().consumerGroup())
        .distinct()
        .collect(Collectors.joining(", "));
  }

  private static String keyOf(EventType type) {
    return type.aggregate() == Aggregate.PRODUCT ? "sku" : "order id";
  }

  private static String example() {
    String json = new EventCodec().encode(Examples.envelope(EventType.OrderPlaced));
    return "```json\n" + PrettyJson.write(PrettyJson.read(json)) + "```\n";
  }

  private static String sagaTable() {
    StringBuilder table = new StringBuilder();
    table.append("| event | emitted by | reactor | reaction | compensation |\n");
    table.append("|---|---|---|---|---|\n");
    for (SagaStep step : Saga.STEPS) {
      for (Reaction reaction : step.reactions()) {
        table.append(
            row(
                link(step.event().name()),
                step.emittedBy().consumerGroup(),
                reaction.reactor().consumerGroup(),
                reaction.action(),
                reaction.compensation()));
      }
    }
    return table.toString();
  }

  private static String rules() {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < Saga.RULES.size(); i++) {
      list.append(i + 1).append(". ").append(Saga.RULES.get(i)).append("\n");
    }
    return list.toString();
  }

  private static String payloads() {
    StringBuilder text = new StringBuilder();
    for (SagaStep step : Saga.STEPS) {
      text.append(payloadSection(step));
    }
    return text.toString();
  }

  private static String payloadSection(SagaStep step) {
    EventType type = step.event();
    JsonNode schema = JsonSchemas.payload(type);
    String file = JsonSchemas.fileName(type.name());
    return "### "
        + type.name()
        + "\n\n"
        + schema.get("description").asText()
        + "\n\n"
        + "Emitted by "
        + step.emittedBy().consumerGroup()
        + "; consumed by "
        + consumers(step)
        + ". Key: "
        + keyOf(type)
        + ". Version "
        + type.currentVersion()
        + ". Schema: ["
        + file
        + "](src/main/resources/schemas/"
        + file
        + ").\n\n"
        + fieldTable(schema)
        + "\n";
  }

  private static String valueTypes() {
    Map<String, JsonNode> types = new TreeMap<>();
    for (EventType type : EventType.values()) {
      JsonNode defs = JsonSchemas.payload(type).path("$defs");
      defs.fields().forEachRemaining(def -> types.put(def.getKey(), def.getValue()));
    }
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, JsonNode> type : types.entrySet()) {
      text.append("### ").append(type.getKey()).append("\n\n");
      text.append(type.getValue().get("description").asText()).append("\n\n");
      text.append(fieldTable(type.getValue())).append("\n");
    }
    return text.toString();
  }

  private static String fieldTable(JsonNode schema) {
    List<String> required = new ArrayList<>();
    schema.get("required").forEach(name -> required.add(name.asText()));
    StringBuilder table = new StringBuilder("| field | type | required | meaning |\n");
    table.append("|---|---|---|---|\n");
    Iterator<Map.Entry<String, JsonNode>> properties = schema.get("properties").fields();
    while (properties.hasNext()) {
      Map.Entry<String, JsonNode> property = properties.next();
      table.append(
          row(
              "`" + property.getKey() + "`",
              typeOf(property.getValue()),
              required.contains(property.getKey()) ? "yes" : "no",
              property.getValue().get("description").asText()));
    }
    return table.toString();
  }

  private static String typeOf(JsonNode property) {
    if (property.has("$ref")) {
      String name = property.get("$ref").asText().replace("#/$defs/", "");
      return "[" + name + "](#" + name.toLowerCase() + ")";
    }
    if (property.has("anyOf")) {
      return typeOf(property.get("anyOf").get(0));
    }
    // A nullable type is ["string", "null"]; the table's "required" column says the rest.
    JsonNode type =
        property.get("type").isArray() ? property.get("type").get(0) : property.get("type");
    if (type.asText().equals("array")) {
      return "list of " + typeOf(property.get("items"));
    }
    if (property.has("enum")) {
      return "one of " + enumValues(property.get("enum"));
    }
    String format = property.has("format") ? " (" + property.get("format").asText() + ")" : "";
    return type.asText() + format;
  }

  private static String enumValues(JsonNode values) {
    List<String> names = new ArrayList<>();
    values.forEach(
        value -> {
          if (!value.isNull()) {
            names.add("`" + value.asText() + "`");
          }
        });
    return String.join(", ", names);
  }

  private static String link(String eventType) {
    return "[" + eventType + "](#" + eventType.toLowerCase() + ")";
  }

  private static String row(String... cells) {
    return "| " + String.join(" | ", List.of(cells)).replace("\n", " ") + " |\n";
  }
}
