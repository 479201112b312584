package io.shoporders.contracts;

import java.util.List;
import java.util.stream.Stream;

/** Topic names shared by the services, the launcher and the tests. */
public final class Topics {

  /** Consumer groups of the five services; each has one dead-letter topic. */
  public static final List<String> CONSUMER_GROUPS =
      List.of(
          "order-service",
          "payment-service",
          "inventory-service",
          "shipping-service",
          "notification-service");

  /** Partitions of every topic: enough for six consumer instances per group. */
  public static final int PARTITIONS = 6;

  private Topics() {}

  /** Where a consumer group parks the records it cannot handle. */
  public static String deadLetter(String consumerGroup) {
    return consumerGroup + ".dlq";
  }

  /** Every topic the system uses: one per event type, one dead-letter topic per consumer. */
  public static List<String> all() {
    return Stream.concat(
            Stream.of(EventType.values()).map(EventType::topic),
            CONSUMER_GROUPS.stream().map(Topics::deadLetter))
        .toList();
  }
}
