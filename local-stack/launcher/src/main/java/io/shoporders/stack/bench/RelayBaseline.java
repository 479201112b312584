package io.shoporders.stack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

/**
 * Kafka Connect with Debezium on its own: a connector of its own on a scratch outbox, with the
 * relay settings of the stack's connectors, paused while a backlog of single-row transactions is
 * written, then resumed. Events per second is the backlog over the time from the resume to its last
 * record on Kafka: what one relay can carry when nothing else competes with it. A connector of its
 * own rather than a burst through a service's relay: the figure then holds no service code, and the
 * services' outboxes and offsets are left alone.
 */
final class RelayBaseline {

  /** Rows in the backlog: enough for a few seconds of relaying. */
  static final int BACKLOG = 5000;

  private final ObjectMapper json = new ObjectMapper();
  private final StackTarget target;
  private final ScratchDatabase database;
  private final ConnectApi connect;
  private final String tag = Long.toString(System.currentTimeMillis(), 36);

  RelayBaseline(StackTarget target, ScratchDatabase database, BenchHttp http) {
    this.target = target;
    this.database = database;
    this.connect = new ConnectApi(http, target.connectUrl());
  }

  double eventsPerSecond() throws Exception {
    String connector = "bench-relay-" + tag;
    String topic = "bench.relay." + tag;
    prepareOutbox();
    try (RelayTopic records = RelayTopic.create(target.kafkaBootstrap(), topic)) {
      connect.create(connector, config(topic));
      try {
        connect.awaitState(connector, "RUNNING");
        connect.pause(connector);
        connect.awaitState(connector, "PAUSED");
        writeBacklog();
        connect.resume(connector);
        return records.rate(BACKLOG, Duration.ofSeconds(120));
      } finally {
        connect.delete(connector);
      }
    }
  }

  private void prepareOutbox() throws SQLException {
    try (Connection db = database.connect();
        Statement statement = db.createStatement()) {
      OutboxRows.createTable(statement);
      statement.execute("CREATE PUBLICATION bench_publication FOR TABLE outbox_event");
      String cdc = target.cdcRole();
      statement.execute("GRANT CONNECT ON DATABASE " + database.name() + " TO " + cdc);
      statement.execute("GRANT USAGE ON SCHEMA public TO " + cdc);
      statement.execute("GRANT SELECT ON outbox_event TO " + cdc);
    }
  }

  /** The stack's own relay settings, pointed at the scratch outbox and one topic. */
  private JsonNode config(String topic) throws Exception {
    ObjectNode config = (ObjectNode) json.readTree(target.relayTemplate().toFile()).get("config");
    config.put("database.dbname", database.name());
    config.put("slot.name", "bench_relay_" + tag);
    config.put("publication.name", "bench_publication");
    config.put("topic.prefix", "bench_" + tag);
    config.put("transforms.outbox.route.topic.replacement", topic);
    return config;
  }

  /** One transaction per row, as the services write their outbox rows. */
  private void writeBacklog() throws SQLException {
    String payload = "{\"padding\":\"" + "x".repeat(600) + "\"}";
    try (Connection db = database.connect()) {
      for (int i = 0; i < BACKLOG; i++) {
        OutboxRows.insert(db, UUID.randomUUID(), payload);
      }
    }
  }

  /** The states Connect reports for a connector and its tasks. */
  static boolean allIn(JsonNode status, String state) {
    boolean tasks = status.path("tasks").size() > 0;
    for (JsonNode task : status.path("tasks")) {
      tasks &= state.equals(task.path("state").asText());
    }
    return tasks && state.equals(status.path("connector").path("state").asText());
  }
}
