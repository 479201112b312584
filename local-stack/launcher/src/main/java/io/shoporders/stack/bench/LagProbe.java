package io.shoporders.stack.bench;

import io.shoporders.contracts.Topics;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The backlog of the services: for each consumer group, how many records wait on the partitions it
 * has committed offsets on (log end minus committed offset), summed.
 */
final class LagProbe implements AutoCloseable {

  private final Admin admin;

  LagProbe(String bootstrap) {
    Properties properties = new Properties();
    properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    this.admin = Admin.create(properties);
  }

  /** Records not yet consumed, over every group of the system. */
  long totalLag() throws Exception {
    long total = 0;
    for (String group : Topics.CONSUMER_GROUPS) {
      total += lag(group);
    }
    return total;
  }

  private long lag(String group) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> committed =
        admin
            .listConsumerGroupOffsets(group)
            .partitionsToOffsetAndMetadata()
            .get(10, TimeUnit.SECONDS);
    Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
    committed.keySet().forEach(partition -> ends.put(partition, OffsetSpec.latest()));
    var latest = admin.listOffsets(ends).all().get(10, TimeUnit.SECONDS);
    long lag = 0;
    for (var entry : committed.entrySet()) {
      if (entry.getValue() != null) {
        lag += Math.max(0, latest.get(entry.getKey()).offset() - entry.getValue().offset());
      }
    }
    return lag;
  }

  @Override
  public void close() {
    admin.close();
  }
}
