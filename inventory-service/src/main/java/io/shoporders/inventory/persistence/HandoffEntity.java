package io.shoporders.inventory.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The part of an order that one destination ships, and how its delivery stands. */
@Entity
@Table(name = "handoff")
public class HandoffEntity extends PanacheEntityBase {

  /** Recorded only (adapter none): nothing to deliver. */
  public static final String RECORDED = "RECORDED";

  /** Waiting for its next delivery attempt. */
  public static final String PENDING = "PENDING";

  /** The destination accepted it. */
  public static final String DELIVERED = "DELIVERED";

  /** Every attempt failed: waits for an operator's retry. */
  public static final String FAILED = "FAILED";

  /** The order was cancelled before it was delivered: never delivered. */
  public static final String RECALLED = "RECALLED";

  @Id public UUID id;

  @Column(name = "order_id")
  public UUID orderId;

  public String destination;
  public String adapter;
  public String body;
  public String status;
  public int attempts;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Column(name = "next_attempt_at")
  public Instant nextAttemptAt;
}
