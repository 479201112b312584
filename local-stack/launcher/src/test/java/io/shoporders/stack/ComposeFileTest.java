package io.shoporders.stack;

import static java.util.stream.Collectors.toCollection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.shoporders.contracts.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps docker-compose.yml in step with the code it runs. Docker is missing on some machines, CI's
 * among them, so the file is checked by reading it: a service, port, connector, topic or variable
 * that drifts from the code fails here instead of on a user's `docker compose up`.
 */
class ComposeFileTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  /** ${NAME}, ${NAME:-default}, ${NAME:?message} and $NAME; $$ is a literal dollar sign. */
  private static final Pattern VARIABLE =
      Pattern.compile("(?<!\\$)\\$(?:\\{(\\w+)(:?[-?+])?[^}]*}|(\\w+))");

  private static final String COMPLETED = "service_completed_successfully";

  private static Path repository;
  private static JsonNode compose;

  @BeforeAll
  static void readComposeFile() throws IOException {
    repository = repositoryRoot();
    compose = YAML.readTree(repository.resolve("docker-compose.yml").toFile());
  }

  static Stream<Named<ServiceSpec>> services() {
    return ServiceSpec.ALL.stream().map(spec -> Named.of(spec.name(), spec));
  }

  @ParameterizedTest
  @MethodSource("services")
  void buildsEachServiceFromTheDockerfileInItsOwnModule(ServiceSpec spec) {
    // given
    JsonNode build = service(spec.name()).path("build");

    // when
    Path context = repository.resolve(build.path("context").asText()).normalize();
    Path dockerfile = context.resolve(build.path("dockerfile").asText("Dockerfile"));

    // then
    assertThat(context).isEqualTo(repository.resolve(spec.name())).isDirectory();
    assertThat(dockerfile).isRegularFile();
  }

  @ParameterizedTest
  @MethodSource("services")
  void publishesEachServiceOnItsDevelopmentPort(ServiceSpec spec) {
    // given
    JsonNode ports = service(spec.name()).path("ports");

    // when
    List<PortMapping> mappings = elements(ports).map(PortMapping::of).toList();

    // then
    assertThat(mappings)
        .extracting(PortMapping::published, PortMapping::target)
        .containsExactly(tuple(spec.port(), spec.port()));
  }

  @ParameterizedTest
  @MethodSource("services")
  void givesEachServiceItsOwnDatabasePasswordOnly(ServiceSpec spec) {
    // given
    Map<String, String> environment = environment(service(spec.name()));

    // when
    List<String> passwords =
        environment.keySet().stream().filter(name -> name.endsWith("_PASSWORD")).toList();

    // then
    assertThat(passwords).containsExactly(spec.passwordVariable());
    assertThat(environment).containsEntry("CDC_DB_USER", StackEnvironment.CDC_ROLE);
  }

  @Test
  void mountsOnlyFilesAndFoldersThatExistInTheRepository() {
    // given
    List<Mount> binds = allMounts().filter(Mount::bind).toList();

    // when
    List<Path> sources =
        binds.stream().map(mount -> repository.resolve(mount.source()).normalize()).toList();

    // then
    assertThat(sources)
        .isNotEmpty()
        .allSatisfy(source -> assertThat(source).startsWithRaw(repository).exists());
  }

  @Test
  void declaresEveryNamedVolumeItMounts() {
    // given
    Set<String> declared = fieldNames(compose.path("volumes"));

    // when
    List<String> named = allMounts().filter(Mount::named).map(Mount::source).toList();

    // then
    assertThat(declared).containsAll(named);
  }

  @Test
  void registersEveryConnectorFileOfTheLocalStack() throws IOException {
    // given
    Path connectors = repository.resolve("local-stack/connectors");
    String script =
        Files.readString(repository.resolve("local-stack/compose/register-connectors.sh"));

    // when
    List<Mount> mounts = mounts(service("register-connectors")).toList();

    // then
    assertThat(mounts).contains(new Mount("./local-stack/connectors", "/connectors", true));
    assertThat(script).contains("for file in /connectors/*.json");
    assertThat(connectorFiles(connectors))
        .extracting(file -> file.getFileName().toString())
        .containsAll(ServiceSpec.ALL.stream().map(spec -> spec.connector() + ".json").toList());
  }

  @Test
  void everyConnectorFileHasTheShapeTheRegistrationScriptReads() throws IOException {
    // given
    List<Path> files = connectorFiles(repository.resolve("local-stack/connectors"));

    // when
    Map<String, JsonNode> connectors = new LinkedHashMap<>();
    for (Path file : files) {
      connectors.put(file.getFileName().toString(), JSON.readTree(file.toFile()));
    }

    // then
    assertThat(connectors)
        .isNotEmpty()
        .allSatisfy(
            (file, connector) -> {
              assertThat(fieldNames(connector)).containsExactly("name", "config");
              assertThat(file).isEqualTo(connector.path("name").asText() + ".json");
              assertThat(connector.path("config").isObject()).isTrue();
            });
  }

  @Test
  void createsExactlyTheTopicsOfTheContracts() {
    // given
    Map<String, String> environment = environment(service("kafka-topics"));

    // when
    List<String> topics = List.of(environment.get("TOPICS").trim().split("\\s+"));

    // then
    assertThat(topics).containsExactlyElementsOf(Topics.all());
    assertThat(environment).containsEntry("PARTITIONS", Integer.toString(Topics.PARTITIONS));
  }

  @Test
  void initialisesADatabaseAndRoleForEveryService() throws IOException {
    // given
    String script = Files.readString(repository.resolve("local-stack/compose/postgres-init.sh"));
    List<String> databases = ServiceSpec.ALL.stream().map(ServiceSpec::database).toList();

    // when
    Map<String, String> environment = environment(service("postgres"));

    // then
    assertThat(script)
        .contains("cdc_role=" + StackEnvironment.CDC_ROLE)
        .contains("services=\"" + String.join(" ", databases) + "\"");
    assertThat(environment)
        .containsKey("CDC_DB_PASSWORD")
        .containsKeys(
            ServiceSpec.ALL.stream().map(ServiceSpec::passwordVariable).toArray(String[]::new));
  }

  @Test
  void dependsOnlyOnServicesItDefines() {
    // given
    Set<String> defined = fieldNames(compose.path("services"));

    // when
    List<String> dependencies = allServices().flatMap(ComposeFileTest::dependencies).toList();

    // then
    assertThat(dependencies).isNotEmpty();
    assertThat(defined).containsAll(dependencies);
  }

  @Test
  void checksTheHealthOfEveryContainerThatKeepsRunning() {
    // given
    Set<String> oneShot = oneShotServices();

    // when
    List<String> withoutHealthcheck =
        fieldNames(compose.path("services")).stream()
            .filter(name -> !oneShot.contains(name))
            .filter(name -> service(name).path("healthcheck").path("test").isEmpty())
            .toList();

    // then
    assertThat(oneShot).containsExactlyInAnyOrder("kafka-topics", "register-connectors");
    assertThat(withoutHealthcheck).isEmpty();
  }

  @Test
  void takesEveryVariableWithoutADefaultFromTheEnvExample() throws IOException {
    // given
    Set<String> example = envExampleNames();

    // when
    Set<String> required = new TreeSet<>();
    collectRequiredVariables(compose, required);

    // then
    assertThat(required).isNotEmpty();
    assertThat(example).containsAll(required);
  }

  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("docker-compose.yml"))) {
      dir = dir.getParent();
    }
    assertThat(dir)
        .as("a directory above the working directory with docker-compose.yml")
        .isNotNull();
    return dir;
  }

  private static JsonNode service(String name) {
    JsonNode service = compose.path("services").path(name);
    assertThat(service.isObject()).as("docker-compose.yml defines service %s", name).isTrue();
    return service;
  }

  private static Stream<JsonNode> allServices() {
    return fieldNames(compose.path("services")).stream().map(ComposeFileTest::service);
  }

  private static Stream<Mount> allMounts() {
    return allServices().flatMap(ComposeFileTest::mounts);
  }

  private static Stream<Mount> mounts(JsonNode service) {
    return elements(service.path("volumes")).map(Mount::of);
  }

  /** Services that others wait to have exited successfully: they run once, not on. */
  private static Set<String> oneShotServices() {
    return allServices()
        .flatMap(service -> service.path("depends_on").properties().stream())
        .filter(dependency -> dependency.getValue().path("condition").asText().equals(COMPLETED))
        .map(Map.Entry::getKey)
        .collect(toCollection(TreeSet::new));
  }

  private static Stream<String> dependencies(JsonNode service) {
    JsonNode dependsOn = service.path("depends_on");
    return dependsOn.isArray()
        ? elements(dependsOn).map(JsonNode::asText)
        : fieldNames(dependsOn).stream();
  }

  /** The environment of a service, written either as a map or as a list of NAME=value. */
  private static Map<String, String> environment(JsonNode service) {
    JsonNode environment = service.path("environment");
    Map<String, String> variables = new LinkedHashMap<>();
    if (environment.isArray()) {
      elements(environment)
          .map(entry -> entry.asText().split("=", 2))
          .forEach(pair -> variables.put(pair[0], pair.length > 1 ? pair[1] : ""));
    } else {
      environment.properties().forEach(e -> variables.put(e.getKey(), e.getValue().asText()));
    }
    return variables;
  }

  /** Compose substitutes variables in values; one without a default must have a value. */
  private static void collectRequiredVariables(JsonNode node, Set<String> required) {
    if (node.isTextual()) {
      Matcher matcher = VARIABLE.matcher(node.asText());
      while (matcher.find()) {
        String modifier = matcher.group(2);
        if (modifier == null || modifier.endsWith("?")) {
          required.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(3));
        }
      }
    }
    node.forEach(child -> collectRequiredVariables(child, required));
  }

  private static Set<String> envExampleNames() throws IOException {
    Set<String> names = new TreeSet<>();
    for (String line : Files.readAllLines(repository.resolve(".env.example"))) {
      String trimmed = line.trim();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#") && trimmed.contains("=")) {
        names.add(trimmed.substring(0, trimmed.indexOf('=')).trim());
      }
    }
    return names;
  }

  private static List<Path> connectorFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
    }
  }

  private static Stream<JsonNode> elements(JsonNode node) {
    return StreamSupport.stream(node.spliterator(), false);
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new LinkedHashSet<>();
    node.properties().forEach(property -> names.add(property.getKey()));
    return names;
  }

  /** One entry of a service's ports: "[HOST_IP:]PUBLISHED:TARGET[/PROTOCOL]" or the long form. */
  record PortMapping(int published, int target) {

    static PortMapping of(JsonNode port) {
      if (port.isObject()) {
        return new PortMapping(port.path("published").asInt(), port.path("target").asInt());
      }
      String[] parts = port.asText().replaceFirst("/\\w+$", "").split(":");
      int target = Integer.parseInt(parts[parts.length - 1]);
      int published = parts.length > 1 ? Integer.parseInt(parts[parts.length - 2]) : 0;
      return new PortMapping(published, target);
    }
  }

  /** One entry of a service's volumes: "SOURCE:TARGET[:MODE]" or the long form. */
  record Mount(String source, String target, boolean bind) {

    static Mount of(JsonNode volume) {
      if (volume.isObject()) {
        boolean bind = volume.path("type").asText().equals("bind");
        return new Mount(volume.path("source").asText(), volume.path("target").asText(), bind);
      }
      String[] parts = volume.asText().split(":");
      if (parts.length == 1) {
        return new Mount("", parts[0], false);
      }
      return new Mount(parts[0], parts[1], parts[0].startsWith(".") || parts[0].startsWith("/"));
    }

    /** A named volume, as opposed to a bind mount or an anonymous volume. */
    boolean named() {
      return !bind && !source.isEmpty();
    }
  }
}
