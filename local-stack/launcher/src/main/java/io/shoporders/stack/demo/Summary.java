package io.shoporders.stack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.shoporders.stack.demo.Completion.Straggler;
import java.util.List;
import java.util.Map;

/**
 * What a demo run ended with, every figure as the services' APIs reported it after the run. The
 * same record is printed and written as JSON, so the end-to-end tests can check it.
 *
 * @param startedAt when the first order was placed, ISO-8601
 * @param wallTimeSeconds from the first order placed until the last one was final
 * @param ordersPerSecond the rate at which the orders were placed, as measured
 * @param customerCancellations order-service's answers to the customer cancellations the demo asked
 *     for, by answer: "accepted" counts exactly the orders cancelled at the customer's request
 *     (CUSTOMER_REQUEST); an order the saga had cancelled first is "already cancelled, <reason>"
 * @param orderOutcomes every order of the run, so that each figure can be checked again
 */
public record Summary(
    String runId,
    String startedAt,
    double wallTimeSeconds,
    double ordersPerSecond,
    int orders,
    int shipped,
    Map<String, Integer> cancelledByReason,
    Map<String, Integer> customerCancellations,
    List<Straggler> stragglers,
    Messages messages,
    Labels labels,
    Amounts amounts,
    List<StockChange> scarceStock,
    SlowestOrder slowestOrder,
    List<OrderOutcome> orderOutcomes) {

  /** Messages notification-service handed to the mail server or the SMS provider. */
  public record Messages(int emailsSent, int smsSent, int failed) {}

  /**
   * Labels the carrier issued (status LABELLED or VOIDED), those voided afterwards, and the
   * shipments whose label the carrier refused, by reason (cancelled since, or still FAILED).
   */
  public record Labels(int made, int voided, Map<String, Integer> failedByReason) {}

  /** Sums over the run's payments, in minor units of the shop's currency. */
  public record Amounts(
      String currency, long capturedMinor, long voidedMinor, long refundedMinor) {}

  /** Units of a scarce sku on hand once the stock was set, and after the run. */
  public record StockChange(String sku, int onHandBefore, int onHandAfter, int reservedAfter) {}

  /**
   * The shipped order that took longest from its first timeline entry to OrderShipped: the whole
   * saga at its slowest. Cancelled orders are left out, since an operator's cancellation measures
   * how soon someone looked, not the system.
   */
  public record SlowestOrder(
      String ref, String orderId, String status, double seconds, JsonNode timeline) {}

  /** How one order ended: its status and, when cancelled, the reason order-service gives. */
  public record OrderOutcome(String ref, String orderId, String status, String cancelReason) {}
}
