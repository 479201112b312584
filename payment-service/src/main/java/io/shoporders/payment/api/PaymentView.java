package io.shoporders.payment.api;

import io.shoporders.contracts.money.Money;
import io.shoporders.payment.domain.Operation;
import io.shoporders.payment.domain.PaymentStatus;
import io.shoporders.payment.persistence.OperationRecord;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A payment as operators see it. Never the token: the service does not have it.
 *
 * @param captured null until captured
 * @param expiresAt when the gateway's hold lapses; null without an authorization
 * @param declineCode why the gateway or the fraud rules refused, or null
 * @param history every operation asked for and every answer, oldest first
 */
public record PaymentView(
    UUID paymentId,
    UUID orderId,
    PaymentStatus status,
    String gateway,
    Money authorized,
    Money captured,
    Instant expiresAt,
    String declineCode,
    Operation inFlight,
    List<Step> history) {

  /** One step of the history. */
  public record Step(
      Operation operation,
      OperationRecord.Outcome outcome,
      Money amount,
      String code,
      String message,
      Instant at) {}
}
