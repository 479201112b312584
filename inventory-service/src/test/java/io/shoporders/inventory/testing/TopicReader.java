package io.shoporders.inventory.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from its current end, outside any consumer group, to see what was relayed. */
public final class TopicReader implements AutoCloseable {

  private final KafkaConsumer<String, String> consumer;

  public TopicReader(String bootstrapServers, String topic) {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    List<TopicPartition> partitions = new ArrayList<>();
    consumer
        .partitionsFor(topic)
        .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position);
  }

  /** The value of the first record with this key; the first one may take a while to arrive. */
  public String awaitValueWithKey(String key) {
    List<ConsumerRecord<String, String>> seen = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
              return seen.stream().anyMatch(record -> key.equals(record.key()));
            });
    return seen.stream()
        .filter(record -> key.equals(record.key()))
        .findFirst()
        .orElseThrow()
        .value();
  }

  @Override
  public void close() {
    consumer.close();
  }
}
