package io.shoporders.stack.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * Waits until order-service prices the benchmark's products. It learns them from ProductChanged
 * events, a moment after inventory-service saved them, and has no read endpoint for its copy; so
 * one real order, sent until it is accepted, is the check.
 */
final class CatalogueReadiness {

  private final BenchHttp http;
  private final String ordersUrl;

  CatalogueReadiness(BenchHttp http, String orderUrl) {
    this.http = http;
    this.ordersUrl = orderUrl + "/orders";
  }

  void await(Duration patience) throws Exception {
    Instant deadline = Instant.now().plus(patience);
    OrderBodies probe = new OrderBodies("probe");
    int status = 0;
    while (Instant.now().isBefore(deadline)) {
      HttpResponse<String> answer = http.postJson(ordersUrl, probe.next(0).body()).get();
      status = answer.statusCode();
      if (status == 202) {
        return;
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(
        "order-service did not accept an order of the benchmark catalogue (last answer "
            + status
            + ")");
  }
}
