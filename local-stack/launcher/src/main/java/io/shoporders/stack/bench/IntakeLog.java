package io.shoporders.stack.bench;

import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Every order request of a run and how order-service answered it; written by the HTTP threads. */
final class IntakeLog {

  /**
   * One request.
   *
   * @param dueEpochMicros when it was due by the schedule, on the wall clock, which the services'
   *     event timestamps share on this machine
   * @param latencyMicros from due to the answer read, or -1 when no answer came
   * @param status the HTTP status, or -1 when the request failed
   * @param orderId the order created, or null
   * @param expected what the order should end as
   * @param warmup whether it belongs to the unmeasured warmup
   */
  record Request(
      long dueEpochMicros,
      long latencyMicros,
      int status,
      UUID orderId,
      OrderBodies.Outcome expected,
      boolean warmup) {

    boolean accepted() {
      return status == 202 && orderId != null;
    }
  }

  private final Queue<Request> requests = new ConcurrentLinkedQueue<>();

  void add(Request request) {
    requests.add(request);
  }

  /** The measured requests, warmup left out. */
  List<Request> measured() {
    return requests.stream().filter(request -> !request.warmup()).toList();
  }

  static Percentiles latency(List<Request> requests) {
    return Percentiles.ofMicros(
        requests.stream().filter(Request::accepted).map(Request::latencyMicros).toList());
  }

  static double errorRate(List<Request> requests) {
    long failed = requests.stream().filter(request -> !request.accepted()).count();
    return requests.isEmpty() ? 0 : (double) failed / requests.size();
  }
}
