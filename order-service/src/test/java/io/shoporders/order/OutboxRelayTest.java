package io.shoporders.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.shoporders.outbox.MessagingTablesPurge;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The relay end to end: a row committed to the outbox table reaches Kafka through Kafka Connect and
 * Debezium's Event Router, on the topic named by its type, keyed by its aggregate id, with the
 * payload verbatim and the event id and type as headers.
 */
@QuarkusTest
class OutboxRelayTest {

  private static final String TOPIC = "OrderPlaced";

  @Inject AgroalDataSource dataSource;
  @Inject MessagingTablesPurge purge;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Test
  void committedOutboxRowIsRoutedToTheTopicOfItsType() throws Exception {
    UUID eventId = UUID.randomUUID();
    String orderId = UUID.randomUUID().toString();
    String payload = "{\"eventId\":\"" + eventId + "\",\"amount\":12.50,\"note\":null}";

    try (KafkaConsumer<String, String> consumer = consumerAtEndOf(TOPIC)) {
      insertOutboxRow(eventId, orderId, payload);

      ConsumerRecord<String, String> record = awaitRecordWithKey(consumer, orderId);

      assertThat(record.value()).isEqualTo(payload);
      assertThat(header(record, "eventId")).isEqualTo(eventId.toString());
      assertThat(header(record, "eventType")).isEqualTo(TOPIC);
    }
  }

  @Test
  void purgingARelayedRowDeletesItAndSendsNothing() throws Throwable {
    UUID eventId = UUID.randomUUID();
    String orderId = UUID.randomUUID().toString();
    String payload = "{\"eventId\":\"" + eventId + "\"}";
    UUID recentEventId = UUID.randomUUID();

    try (KafkaConsumer<String, String> consumer = consumerAtEndOf(TOPIC)) {
      insertOutboxRow(eventId, orderId, payload);
      insertOutboxRow(recentEventId, orderId, payload);
      List<ConsumerRecord<String, String>> relayed = new ArrayList<>();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> withKey(pollInto(relayed, consumer, Duration.ofMillis(200)), orderId) == 2);
      // Eight days old: past the week relayed rows are kept. The connector skips updates.
      update(
          "UPDATE outbox_event SET created_at = now() - interval '8 days' WHERE id = ?", eventId);

      VertxContextSupport.subscribeAndAwait(purge::purge);

      assertThat(outboxRowExists(eventId)).isFalse();
      assertThat(outboxRowExists(recentEventId)).isTrue();
      pollInto(relayed, consumer, Duration.ofSeconds(3));
      assertThat(withKey(relayed, orderId))
          .as("the two inserts, and nothing for the delete")
          .isEqualTo(2);
      update("DELETE FROM outbox_event WHERE id = ?", recentEventId);
    }
  }

  private static long withKey(List<ConsumerRecord<String, String>> records, String key) {
    return records.stream().filter(record -> key.equals(record.key())).count();
  }

  private boolean outboxRowExists(UUID eventId) throws Exception {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement("SELECT 1 FROM outbox_event WHERE id = ?")) {
      select.setObject(1, eventId);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next();
      }
    }
  }

  private void update(String statement, UUID eventId) throws Exception {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(statement)) {
      update.setObject(1, eventId);
      update.executeUpdate();
    }
  }

  /** Adds what the consumer reads over the span to the list, and returns the list. */
  private static List<ConsumerRecord<String, String>> pollInto(
      List<ConsumerRecord<String, String>> seen,
      KafkaConsumer<String, String> consumer,
      Duration span) {
    long end = System.nanoTime() + span.toNanos();
    do {
      consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
    } while (System.nanoTime() < end);
    return seen;
  }

  private void insertOutboxRow(UUID eventId, String orderId, String payload) throws Exception {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO outbox_event (id, aggregate_type, aggregate_id, type, payload)"
                    + " VALUES (?, 'order', ?, ?, ?)")) {
      insert.setObject(1, eventId);
      insert.setString(2, orderId);
      insert.setString(3, TOPIC);
      insert.setString(4, payload);
      insert.executeUpdate();
    }
  }

  private KafkaConsumer<String, String> consumerAtEndOf(String topic) {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    List<TopicPartition> partitions = new ArrayList<>();
    consumer
        .partitionsFor(topic)
        .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position);
    return consumer;
  }

  private static ConsumerRecord<String, String> awaitRecordWithKey(
      KafkaConsumer<String, String> consumer, String key) {
    List<ConsumerRecord<String, String>> seen = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
              return seen.stream().anyMatch(record -> key.equals(record.key()));
            });
    return seen.stream().filter(record -> key.equals(record.key())).findFirst().orElseThrow();
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }
}
