package io.shoporders.contracts.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.shoporders.contracts.EventType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files this module publishes that are derived from its code, with where they live. Tests
 * compare them with the committed files; {@value #REGENERATE_PROPERTY}=true writes them instead.
 */
final class PublishedDocuments {

  static final String REGENERATE_PROPERTY = "contracts.regenerate";

  static final String REGENERATE_COMMAND =
      "./mvnw -B -q -pl contracts verify -D" + REGENERATE_PROPERTY + "=true";

  /** Paths are relative to the module, the working folder of its tests. */
  static final Path SCHEMAS = Path.of("src/main/resources/schemas");

  static final Path ASYNCAPI = Path.of("src/main/resources/asyncapi.yaml");
  static final Path README = Path.of("README.md");

  private static final YAMLMapper YAML =
      new YAMLMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .disable(YAMLGenerator.Feature.SPLIT_LINES)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .build());

  private PublishedDocuments() {}

  static boolean regenerating() {
    return Boolean.getBoolean(REGENERATE_PROPERTY);
  }

  /** Every JSON Schema file by path: the envelope's and one per event. */
  static Map<Path, String> schemas() {
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(
        SCHEMAS.resolve(JsonSchemas.fileName(JsonSchemas.ENVELOPE)),
        PrettyJson.write(JsonSchemas.envelope()));
    for (EventType type : EventType.values()) {
      files.put(
          SCHEMAS.resolve(JsonSchemas.fileName(type.name())),
          PrettyJson.write(JsonSchemas.payload(type)));
    }
    return files;
  }

  static String asyncApi() {
    try {
      return "# Generated from the contracts module's records by its tests; see README.md.\n"
          + YAML.writeValueAsString(AsyncApiDocument.build());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }

  static String readme() {
    return CatalogueReadme.render(read(README));
  }

  static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path file, String content) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
