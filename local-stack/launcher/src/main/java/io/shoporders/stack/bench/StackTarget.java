package io.shoporders.stack.bench;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the stack under test answers, as the launcher knows it.
 *
 * @param orderUrl order-service's base URL
 * @param inventoryUrl inventory-service's base URL
 * @param kafkaBootstrap the broker
 * @param connectUrl Kafka Connect's REST API
 * @param postgres the JDBC URL prefix, up to and including the slash before the database
 * @param adminUser a PostgreSQL role that may create and drop a scratch database
 * @param adminPassword its password
 * @param pids the running process of each part of the stack, by part name
 * @param results the folder under which each run writes its own folder
 * @param relayTemplate a connector file of the stack, whose relay settings the baseline copies
 * @param cdcRole the role the Connect worker reads outboxes with
 */
public record StackTarget(
    String orderUrl,
    String inventoryUrl,
    String kafkaBootstrap,
    String connectUrl,
    String postgres,
    String adminUser,
    String adminPassword,
    Map<String, Long> pids,
    Path results,
    Path relayTemplate,
    String cdcRole) {

  @Override
  public String toString() {
    // Keeps the password out of any message that prints the target.
    return "StackTarget[" + orderUrl + ", " + kafkaBootstrap + ", " + postgres + "]";
  }
}
