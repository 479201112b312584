package io.shoporders.stack.bench;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The relay baseline's own topic: created before the connector (the broker creates no topic by
 * itself), read from its start, deleted afterwards. One partition: the relay writes one stream.
 */
final class RelayTopic implements AutoCloseable {

  private final Admin admin;
  private final KafkaConsumer<String, String> consumer;
  private final String topic;

  private RelayTopic(String bootstrap, String topic) {
    this.topic = topic;
    Properties properties = new Properties();
    properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    this.admin = Admin.create(properties);
    properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    this.consumer = new KafkaConsumer<>(properties);
  }

  static RelayTopic create(String bootstrap, String topic) throws Exception {
    RelayTopic relay = new RelayTopic(bootstrap, topic);
    relay
        .admin
        .createTopics(List.of(new NewTopic(topic, 1, (short) 1)))
        .all()
        .get(30, TimeUnit.SECONDS);
    TopicPartition partition = new TopicPartition(topic, 0);
    relay.consumer.assign(List.of(partition));
    relay.consumer.seekToBeginning(List.of(partition));
    return relay;
  }

  /**
   * Reads until {@code expected} records have arrived, and returns them per second from this call
   * (just after the relay was let go) to the last arrival.
   */
  double rate(int expected, Duration timeout) {
    long start = System.nanoTime();
    long last = start;
    int seen = 0;
    while (seen < expected && System.nanoTime() - start < timeout.toNanos()) {
      ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(50));
      if (!records.isEmpty()) {
        last = System.nanoTime();
        seen += records.count();
      }
    }
    if (seen < expected) {
      throw new IllegalStateException("the relay carried " + seen + " of " + expected + " events");
    }
    return seen / Math.max((last - start) / 1e9, 1e-3);
  }

  @Override
  public void close() throws Exception {
    consumer.close();
    admin.deleteTopics(Set.of(topic)).all().get(30, TimeUnit.SECONDS);
    admin.close();
  }
}
