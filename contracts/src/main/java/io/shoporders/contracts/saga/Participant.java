package io.shoporders.contracts.saga;

import io.shoporders.contracts.Topics;

/** The five services of the saga, by their consumer group. */
public enum Participant {
  ORDER("order-service"),
  PAYMENT("payment-service"),
  INVENTORY("inventory-service"),
  SHIPPING("shipping-service"),
  NOTIFICATION("notification-service");

  private final String consumerGroup;

  Participant(String consumerGroup) {
    this.consumerGroup = consumerGroup;
  }

  /** The Kafka consumer group, which is also the service's name. */
  public String consumerGroup() {
    return consumerGroup;
  }

  /** Where this service parks the records it cannot handle. */
  public String deadLetterTopic() {
    return Topics.deadLetter(consumerGroup);
  }
}
