package io.shoporders.stack.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One fixed-rate run: send, wait for the sagas to finish, and work out the figures. */
final class SagaRun {

  private final StackTarget target;
  private final BenchHttp http;
  private final SagaLog sagas;
  private final SagaWatcher watcher;

  SagaRun(StackTarget target, BenchHttp http, SagaLog sagas, SagaWatcher watcher) {
    this.target = target;
    this.http = http;
    this.sagas = sagas;
    this.watcher = watcher;
  }

  RunResult run(double rate, Duration warmup, Duration measured, Duration drain) throws Exception {
    ArrivalSchedule schedule = new ArrivalSchedule(rate, warmup, measured);
    IntakeLog intake = new IntakeLog();
    ResourceMeter meter = new ResourceMeter(target.pids());
    try (LagSampler lag = new LagSampler(target.kafkaBootstrap())) {
      meter.start();
      lag.start();
      new LoadGenerator(http, target.orderUrl())
          .run(schedule, new OrderBodies(runTag()), intake, drain.toSeconds());
      // The warmup's samples are left out: a cold JVM's backlog says nothing of the rate.
      List<LagTrend.Sample> samples =
          lag.stop().stream().filter(s -> s.seconds() >= warmup.toSeconds()).toList();
      awaitFinished(intake.measured(), drain);
      watcher.check();
      long sent = schedule.count() - Math.round(Math.floor(warmup.toNanos() / 1e9 * rate));
      return figures(rate, measured, sent, intake.measured(), samples, meter.stop());
    }
  }

  private void awaitFinished(List<IntakeLog.Request> requests, Duration drain)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(drain);
    while (Instant.now().isBefore(deadline) && !unfinished(requests).isEmpty()) {
      Thread.sleep(250);
    }
  }

  private List<UUID> unfinished(List<IntakeLog.Request> requests) {
    return accepted(requests).stream().filter(id -> !sagas.isFinished(id)).toList();
  }

  private RunResult figures(
      double rate,
      Duration measured,
      long sent,
      List<IntakeLog.Request> requests,
      List<LagTrend.Sample> samples,
      List<ResourceMeter.Use> resources) {
    List<UUID> accepted = accepted(requests);
    double slope = LagTrend.slope(samples);
    double seconds = measured.toNanos() / 1e9;
    double eventsPerOrder = eventsPerFinishedOrder(accepted);
    // Only accepted orders make events: against the offered rate, a run that refuses most of its
    // requests would be allowed a backlog growing with orders that never existed.
    double acceptedPerSecond = seconds == 0 ? 0 : accepted.size() / seconds;
    return new RunResult(
        rate,
        seconds,
        sent,
        accepted.size(),
        requests.stream().filter(request -> request.status() == 503).count(),
        sent == 0 ? 0 : Math.max(0, (double) (sent - accepted.size()) / sent),
        IntakeLog.latency(requests),
        milestoneFigures(requests),
        count(accepted, Milestone.SHIPPED),
        count(accepted, Milestone.CANCELLED),
        unfinished(requests).size(),
        unexpected(requests),
        eventsPerOrder,
        slope,
        LagTrend.isFlat(slope, acceptedPerSecond * Math.max(eventsPerOrder, 1), seconds),
        resources);
  }

  private List<RunResult.MilestoneFigure> milestoneFigures(List<IntakeLog.Request> requests) {
    List<RunResult.MilestoneFigure> figures = new ArrayList<>();
    for (Milestone milestone : Milestone.values()) {
      List<Long> micros = new ArrayList<>();
      for (IntakeLog.Request request : requests) {
        Long reached = request.accepted() ? sagas.reached(request.orderId(), milestone) : null;
        if (reached != null) {
          micros.add(Math.max(0, reached - request.dueEpochMicros()));
        }
      }
      figures.add(new RunResult.MilestoneFigure(milestone.name(), Percentiles.ofMicros(micros)));
    }
    return figures;
  }

  private long unexpected(List<IntakeLog.Request> requests) {
    Map<OrderBodies.Outcome, Milestone> ends =
        Map.of(
            OrderBodies.Outcome.SHIPPED, Milestone.SHIPPED,
            OrderBodies.Outcome.DECLINED, Milestone.CANCELLED,
            OrderBodies.Outcome.SOLD_OUT, Milestone.CANCELLED);
    return requests.stream()
        .filter(IntakeLog.Request::accepted)
        .filter(request -> sagas.isFinished(request.orderId()))
        .filter(request -> sagas.reached(request.orderId(), ends.get(request.expected())) == null)
        .count();
  }

  private double eventsPerFinishedOrder(List<UUID> accepted) {
    return accepted.stream().filter(sagas::isFinished).mapToInt(sagas::events).average().orElse(0);
  }

  private long count(List<UUID> orders, Milestone milestone) {
    return orders.stream().filter(id -> sagas.reached(id, milestone) != null).count();
  }

  private static List<UUID> accepted(List<IntakeLog.Request> requests) {
    return requests.stream()
        .filter(IntakeLog.Request::accepted)
        .map(IntakeLog.Request::orderId)
        .toList();
  }

  /** Letters that differ between runs, so each run's customers are new to the fraud rules. */
  private static String runTag() {
    return OrderBodies.letters(System.currentTimeMillis() / 1000 % 1_000_000);
  }
}
