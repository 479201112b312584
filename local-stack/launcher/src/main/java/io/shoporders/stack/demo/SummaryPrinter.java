package io.shoporders.stack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.shoporders.stack.demo.Completion.Straggler;
import io.shoporders.stack.demo.Summary.StockChange;
import java.io.PrintStream;
import java.util.Map;

/** The summary as a person reads it on the terminal. */
final class SummaryPrinter {

  private final PrintStream out;

  SummaryPrinter(PrintStream out) {
    this.out = out;
  }

  void print(Summary summary) {
    out.printf(
        "%n%d orders in %.1f s (%.1f placed per second)%n",
        summary.orders(), summary.wallTimeSeconds(), summary.ordersPerSecond());
    out.printf("  shipped                %d%n", summary.shipped());
    for (Map.Entry<String, Integer> reason : summary.cancelledByReason().entrySet()) {
      out.printf("  cancelled, %-11s %d%n", shortReason(reason.getKey()), reason.getValue());
    }
    for (Straggler straggler : summary.stragglers()) {
      out.printf(
          "  NOT FINAL %s %s: %s%n", straggler.ref(), straggler.orderId(), straggler.progress());
    }
    printMessagesAndMoney(summary);
    printStock(summary);
    printSlowest(summary);
  }

  static String shortReason(String reason) {
    return reason.toLowerCase().replace('_', ' ');
  }

  private void printMessagesAndMoney(Summary summary) {
    Summary.Messages messages = summary.messages();
    out.printf(
        "  messages               %d emails, %d SMS sent, %d failed%n",
        messages.emailsSent(), messages.smsSent(), messages.failed());
    out.printf(
        "  labels                 %d made, %d of them voided; refused %s%n",
        summary.labels().made(), summary.labels().voided(), summary.labels().failedByReason());
    Summary.Amounts amounts = summary.amounts();
    out.printf(
        "  payments               %s captured, %s voided, %s refunded%n",
        money(amounts.capturedMinor(), amounts.currency()),
        money(amounts.voidedMinor(), amounts.currency()),
        money(amounts.refundedMinor(), amounts.currency()));
  }

  private void printStock(Summary summary) {
    out.println("  scarce stock           on hand before -> after");
    for (StockChange change : summary.scarceStock()) {
      out.printf(
          "    %-20s %3d -> %d%n", change.sku(), change.onHandBefore(), change.onHandAfter());
    }
  }

  private void printSlowest(Summary summary) {
    Summary.SlowestOrder slowest = summary.slowestOrder();
    if (slowest == null) {
      return;
    }
    out.printf(
        "  slowest order          %s (%s), %s after %.1f s:%n",
        slowest.ref(), slowest.orderId(), slowest.status(), slowest.seconds());
    for (JsonNode entry : slowest.timeline()) {
      out.printf(
          "    %s  %-20s %-22s %s%n",
          entry.path("occurredAt").asText(),
          entry.path("type").asText(),
          entry.path("origin").asText(),
          entry.path("summary").asText());
    }
  }

  private static String money(long minor, String currency) {
    return String.format("%s %d.%02d", currency, minor / 100, minor % 100);
  }
}
