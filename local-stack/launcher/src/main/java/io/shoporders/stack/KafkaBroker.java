package io.shoporders.stack;

import io.shoporders.contracts.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;

/**
 * A single-node Kafka broker in KRaft mode (broker and controller in one JVM), on loopback only.
 * Topics are created up front, so a typo in a channel name fails loudly instead of creating a topic
 * nobody reads.
 */
final class KafkaBroker extends ProcessPart {

  static final String NAME = "kafka";

  KafkaBroker(StackSettings settings, Processes processes) {
    super(NAME, settings, processes, Duration.ofSeconds(30));
  }

  @Override
  public void start() throws Exception {
    Path dir = settings.home().resolve("kafka");
    Files.createDirectories(dir);
    Path config = dir.resolve("server.properties");
    Files.writeString(config, serverProperties(dir.resolve("data")));
    Path logging = Log4jConfig.write(dir);
    if (!Files.exists(dir.resolve("data/meta.properties"))) {
      format(config, logging);
    }
    processes.start(
        NAME, command(logging).arg("kafka.Kafka", config.toString()).toList(), Map.of());
  }

  @Override
  public boolean healthy() {
    try (Admin admin = admin()) {
      admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  /** Creates every topic of the system that does not exist yet. */
  @Override
  public void prepare() throws Exception {
    try (Admin admin = admin()) {
      Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
      List<NewTopic> missing =
          Topics.all().stream()
              .filter(topic -> !existing.contains(topic))
              .map(topic -> new NewTopic(topic, Topics.PARTITIONS, (short) 1))
              .toList();
      admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
    }
  }

  @Override
  public List<String> endpoints() {
    return List.of(
        settings.kafkaBootstrap()
            + "  ("
            + Topics.all().size()
            + " topics, "
            + Topics.PARTITIONS
            + " partitions each)");
  }

  private void format(Path config, Path logging) throws Exception {
    List<String> command =
        command(logging)
            .arg(
                "kafka.tools.StorageTool",
                "format",
                "-t",
                Uuid.randomUuid().toString(),
                "-c",
                config.toString())
            .toList();
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(processes.log(NAME).toFile()))
            .start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException("formatting Kafka's storage failed");
    }
  }

  private JavaCommand command(Path logging) {
    return new JavaCommand(settings, NAME, "512m")
        .arg(
            "-Dlog4j2.configurationFile=" + logging,
            "-cp",
            settings.dist().resolve("kafka/libs").toString() + "/*");
  }

  private String serverProperties(Path data) {
    int port = settings.port(StackSettings.KAFKA_PORT);
    int controller = settings.port(StackSettings.KAFKA_CONTROLLER_PORT);
    return String.join(
        "\n",
        "process.roles=broker,controller",
        "node.id=1",
        "controller.quorum.voters=1@127.0.0.1:" + controller,
        "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controller,
        "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
        "controller.listener.names=CONTROLLER",
        "inter.broker.listener.name=PLAINTEXT",
        "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
        "log.dirs=" + data,
        "num.partitions=" + Topics.PARTITIONS,
        "auto.create.topics.enable=false",
        // One node: every internal topic has a single replica.
        "offsets.topic.replication.factor=1",
        "transaction.state.log.replication.factor=1",
        "transaction.state.log.min.isr=1",
        "share.coordinator.state.topic.replication.factor=1",
        "share.coordinator.state.topic.min.isr=1",
        "group.initial.rebalance.delay.ms=0",
        "");
  }

  private Admin admin() {
    Properties config = new Properties();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap());
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
    return Admin.create(config);
  }
}
