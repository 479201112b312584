package io.shoporders.contracts;

/**
 * What an event is about. Its id is the Kafka record key, so every event of one order (or of one
 * product) lands in the same partition and keeps its order within a topic.
 */
public enum Aggregate {
  /** Keyed by the order id. Every event but ProductChanged. */
  ORDER("order"),
  /** Keyed by the sku: catalogue changes belong to no order. */
  PRODUCT("product");

  private final String outboxType;

  Aggregate(String outboxType) {
    this.outboxType = outboxType;
  }

  /** The value of the outbox table's {@code aggregate_type} column. */
  public String outboxType() {
    return outboxType;
  }
}
