package io.shoporders.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A Kafka Connect worker in distributed mode with the Debezium PostgreSQL connector on its plugin
 * path. It registers one outbox connector per service from the JSON files in
 * local-stack/connectors, the same files the Docker Compose setup registers. Database host, port
 * and credentials in those files are ${env:...} references that the worker resolves from its own
 * environment, so the files hold no secret and fit both setups.
 */
final class ConnectWorker extends ProcessPart {

  static final String NAME = "connect";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, String> environment;

  ConnectWorker(StackSettings settings, Processes processes, Map<String, String> environment) {
    // A clean stop flushes source offsets, so the outbox is not re-read after a restart.
    super(NAME, settings, processes, Duration.ofSeconds(30));
    this.environment = environment;
  }

  @Override
  public void start() throws Exception {
    Path dir = settings.home().resolve("connect");
    Files.createDirectories(dir);
    Path config = dir.resolve("worker.properties");
    Files.writeString(config, workerProperties());
    Path logging = Log4jConfig.write(dir);
    List<String> command =
        new JavaCommand(settings, NAME, "384m")
            .arg(
                "-Dlog4j2.configurationFile=" + logging,
                "-cp",
                settings.dist().resolve("kafka/libs") + "/*",
                "org.apache.kafka.connect.cli.ConnectDistributed",
                config.toString())
            .toList();
    processes.start(NAME, command, environment);
  }

  @Override
  public boolean healthy() {
    return Http.ok(settings.connectUrl() + "/health");
  }

  /** Creates or updates each connector whose file differs from what Connect runs. */
  @Override
  public void prepare() throws Exception {
    for (Path file : connectorFiles()) {
      JsonNode connector = JSON.readTree(file.toFile());
      String name = connector.get("name").asText();
      if (!connector.get("config").equals(currentConfig(name))) {
        register(name, connector.get("config"));
      }
      awaitRunning(name);
    }
  }

  /** Connectors or tasks that do not run: the relay of that service's events has stopped. */
  @Override
  public List<String> problems() {
    try {
      List<String> problems = new java.util.ArrayList<>();
      for (Path file : connectorFiles()) {
        String name = JSON.readTree(file.toFile()).get("name").asText();
        HttpResponse<String> status = Http.get(connectorUrl(name) + "/status");
        if (status.statusCode() != 200 || !isRunning(JSON.readTree(status.body()))) {
          problems.add("connector " + name + " is not running: " + status.body());
        }
      }
      return problems;
    } catch (IOException e) {
      return List.of("cannot read the connectors' status: " + e.getMessage());
    }
  }

  @Override
  public List<String> endpoints() {
    return List.of(
        settings.connectUrl()
            + "/connectors  (Kafka Connect REST, "
            + ServiceSpec.ALL.size()
            + " outbox connectors)");
  }

  private String connectorUrl(String name) {
    return settings.connectUrl() + "/connectors/" + name;
  }

  private List<Path> connectorFiles() throws IOException {
    try (var files = Files.list(settings.repository().resolve("local-stack/connectors"))) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }

  private JsonNode currentConfig(String name) throws IOException {
    HttpResponse<String> response = Http.get(connectorUrl(name) + "/config");
    if (response.statusCode() != 200) {
      return null;
    }
    var config = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(response.body());
    config.remove("name");
    return config;
  }

  private void register(String name, JsonNode config) throws IOException {
    HttpResponse<String> response =
        Http.putJson(connectorUrl(name) + "/config", JSON.writeValueAsString(config));
    if (response.statusCode() >= 300) {
      throw new IOException("Connect refused connector " + name + ": " + response.body());
    }
  }

  private void awaitRunning(String name) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plusSeconds(60);
    String status = "";
    while (Instant.now().isBefore(deadline)) {
      HttpResponse<String> response = Http.get(connectorUrl(name) + "/status");
      status = response.body();
      if (response.statusCode() == 200 && isRunning(JSON.readTree(status))) {
        return;
      }
      Thread.sleep(250);
    }
    throw new IOException("connector " + name + " is not running: " + status);
  }

  private static boolean isRunning(JsonNode status) {
    JsonNode tasks = status.path("tasks");
    boolean tasksRunning = tasks.size() > 0;
    for (JsonNode task : tasks) {
      tasksRunning &= "RUNNING".equals(task.path("state").asText());
    }
    return "RUNNING".equals(status.path("connector").path("state").asText()) && tasksRunning;
  }

  private String workerProperties() {
    return String.join(
        "\n",
        "bootstrap.servers=" + settings.kafkaBootstrap(),
        "group.id=shop-orders-connect",
        "listeners=http://127.0.0.1:" + settings.port(StackSettings.CONNECT_PORT),
        "plugin.path=" + settings.dist().resolve("connect-plugins"),
        // Reading the plugins' service manifests instead of scanning every class saves seconds.
        "plugin.discovery=service_load",
        // The outbox payload column is already the event's JSON: pass it through verbatim.
        "key.converter=org.apache.kafka.connect.storage.StringConverter",
        "value.converter=org.apache.kafka.connect.storage.StringConverter",
        "config.storage.topic=connect-configs",
        "offset.storage.topic=connect-offsets",
        "status.storage.topic=connect-status",
        "config.storage.replication.factor=1",
        "offset.storage.replication.factor=1",
        "status.storage.replication.factor=1",
        // Offsets committed every second bound the duplicates a crash can cause.
        "offset.flush.interval.ms=1000",
        "config.providers=env",
        "config.providers.env.class="
            + "org.apache.kafka.common.config.provider.EnvVarConfigProvider",
        "connector.client.config.override.policy=All",
        // One worker: after a restart its connectors come back at once, not after the 5 minutes
        // Connect otherwise waits for a departed worker to return.
        "scheduled.rebalance.max.delay.ms=0",
        "");
  }
}
