package io.shoporders.stack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shoporders.contracts.EventType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads every event topic from its end while a run lasts and notes each order's milestones in a
 * {@link SagaLog}. Partitions are assigned, not subscribed: no consumer group to join, nothing
 * committed, and the services' own groups are not disturbed.
 */
final class SagaWatcher implements AutoCloseable {

  private final ObjectMapper json = new ObjectMapper();
  private final SagaLog log;
  private final String bootstrap;
  private final CountDownLatch ready = new CountDownLatch(1);
  private final Thread thread;
  private volatile boolean running = true;
  private volatile Exception failure;

  SagaWatcher(String bootstrap, SagaLog log) {
    this.bootstrap = bootstrap;
    this.log = log;
    this.thread = BenchHttp.daemon(this::consume, "bench-saga-watcher");
  }

  /** Starts reading and returns once every partition's end is fixed as the starting point. */
  void start() throws Exception {
    thread.start();
    if (!ready.await(30, TimeUnit.SECONDS) || failure != null) {
      throw new IllegalStateException("cannot read the event topics", failure);
    }
  }

  private void consume() {
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties())) {
      List<TopicPartition> partitions = partitions(consumer);
      consumer.assign(partitions);
      consumer.seekToEnd(partitions);
      // seekToEnd is lazy; asking the position fixes it before the first order is sent.
      partitions.forEach(consumer::position);
      ready.countDown();
      while (running) {
        consumer.poll(Duration.ofMillis(200)).forEach(this::note);
      }
    } catch (Exception e) {
      failure = e;
      ready.countDown();
    }
  }

  private List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
    List<TopicPartition> partitions = new ArrayList<>();
    for (EventType type : EventType.values()) {
      consumer.partitionsFor(type.topic()).stream()
          .map(info -> new TopicPartition(info.topic(), info.partition()))
          .forEach(partitions::add);
    }
    return partitions;
  }

  private void note(ConsumerRecord<String, String> record) {
    try {
      JsonNode event = json.readTree(record.value());
      if (event.path("orderId").isMissingNode() || event.path("orderId").isNull()) {
        return;
      }
      String type = event.path("type").asText();
      long occurred = micros(Instant.parse(event.path("occurredAt").asText()));
      log.record(
          UUID.fromString(event.path("eventId").asText()),
          UUID.fromString(event.path("orderId").asText()),
          Milestone.of(type, event.path("payload")).orElse(null),
          occurred);
    } catch (Exception unreadable) {
      // Not an event of ours (a test's garbage record, say): the services dead-letter it.
    }
  }

  private static long micros(Instant instant) {
    return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
  }

  private Properties properties() {
    Properties properties = new Properties();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    return properties;
  }

  /** Rethrows what stopped the reading thread, so a run does not report an empty saga. */
  void check() {
    if (failure != null) {
      throw new IllegalStateException("stopped reading the event topics", failure);
    }
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.join(5000);
  }
}
