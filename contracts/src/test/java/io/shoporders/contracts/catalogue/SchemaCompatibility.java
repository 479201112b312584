package io.shoporders.contracts.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lists the changes between two versions of a JSON Schema that would break a consumer or a producer
 * built against the older one: a property removed, a type, format or set of enum values changed
 * (nullability included), or a property that became required. Nested objects are compared through
 * their {@code $defs}, whatever the definitions are called.
 */
final class SchemaCompatibility {

  private final JsonNode baselineDocument;
  private final JsonNode currentDocument;
  private final List<String> breaks = new ArrayList<>();

  private SchemaCompatibility(JsonNode baselineDocument, JsonNode currentDocument) {
    this.baselineDocument = baselineDocument;
    this.currentDocument = currentDocument;
  }

  /** Every breaking change, as "path: what changed"; empty when the change is compatible. */
  static List<String> breakingChanges(String root, JsonNode baseline, JsonNode current) {
    SchemaCompatibility comparison = new SchemaCompatibility(baseline, current);
    comparison.compare(root, baseline, current);
    return comparison.breaks;
  }

  private void compare(String path, JsonNode before, JsonNode after) {
    Shape old = Shape.of(before, baselineDocument);
    Shape now = Shape.of(after, currentDocument);
    if (!old.types().equals(now.types())) {
      breaks.add(path + ": type changed from " + old.types() + " to " + now.types());
      return;
    }
    if (!Objects.equals(old.node().path("format"), now.node().path("format"))) {
      breaks.add(
          path
              + ": format changed from "
              + old.node().path("format").asText()
              + " to "
              + now.node().path("format").asText());
    }
    if (!old.enumValues().equals(now.enumValues())) {
      breaks.add(path + ": values changed from " + old.enumValues() + " to " + now.enumValues());
    }
    compareProperties(path, old.node(), now.node());
    if (old.node().has("items")) {
      compare(path + "[]", old.node().get("items"), now.node().get("items"));
    }
  }

  private void compareProperties(String path, JsonNode before, JsonNode after) {
    before
        .path("properties")
        .fieldNames()
        .forEachRemaining(
            name -> {
              JsonNode now = after.path("properties").get(name);
              if (now == null) {
                breaks.add(path + "." + name + ": removed");
              } else {
                compare(path + "." + name, before.get("properties").get(name), now);
              }
            });
    Set<String> wasRequired = names(before.path("required"));
    for (String name : names(after.path("required"))) {
      if (!wasRequired.contains(name)) {
        breaks.add(path + "." + name + ": became required");
      }
    }
  }

  private static Set<String> names(JsonNode array) {
    Set<String> names = new TreeSet<>();
    array.forEach(name -> names.add(name.asText()));
    return names;
  }

  /** A schema node with its {@code $ref} resolved and its nullability folded into the types. */
  private record Shape(JsonNode node, Set<String> types, Set<String> enumValues) {

    static Shape of(JsonNode schema, JsonNode document) {
      Set<String> types = new TreeSet<>();
      JsonNode node = schema;
      if (node.has("anyOf")) {
        types.add("null");
        node = nonNullBranch(node.get("anyOf"));
      }
      if (node.has("$ref")) {
        node = document.at(node.get("$ref").asText().substring(1));
      }
      JsonNode type = node.path("type");
      if (type.isArray()) {
        type.forEach(each -> types.add(each.asText()));
      } else {
        types.add(type.asText());
      }
      return new Shape(node, types, names(node.path("enum")));
    }

    private static JsonNode nonNullBranch(JsonNode anyOf) {
      for (JsonNode branch : anyOf) {
        if (!"null".equals(branch.path("type").asText())) {
          return branch;
        }
      }
      throw new IllegalArgumentException("anyOf without a non-null branch: " + anyOf);
    }
  }
}
