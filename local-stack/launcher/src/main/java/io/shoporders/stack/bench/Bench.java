package io.shoporders.stack.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * `./shop bench`: sets up its catalogue, measures the baseline, runs the load, prints the table and
 * writes the results folder.
 */
public final class Bench {

  private final StackTarget target;
  private final BenchOptions options;
  private final PrintStream out;

  public Bench(StackTarget target, BenchOptions options, PrintStream out) {
    this.target = target;
    this.options = options;
    this.out = out;
  }

  /**
   * Runs the benchmark and reports it.
   *
   * @throws Stopped when order-service stopped answering, as it does when the stack is stopped
   */
  public int run() throws Exception {
    try {
      return measure();
    } catch (Exception e) {
      String unanswered = unanswered(target.orderUrl() + "/q/health/live");
      if (unanswered == null) {
        throw e;
      }
      throw new Stopped(stoppedMessage(unanswered));
    }
  }

  /** The one line that ends a run whose stack was stopped under it. */
  static String stoppedMessage(String reason) {
    return "./shop bench stopped: order-service stopped answering ("
        + reason
        + "); was the stack stopped? No figures were written";
  }

  /** Why nothing answers at {@code url}, or null when it answers. */
  private static String unanswered(String url) {
    try (BenchHttp http = new BenchHttp()) {
      http.call("GET", url, null);
      return null;
    } catch (ConnectException e) {
      return "connection refused"; // the JDK's client gives it no message of its own
    } catch (IOException e) {
      return Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
    }
  }

  private int measure() throws Exception {
    Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    try (BenchHttp http = new BenchHttp()) {
      prepare(http);
      Baseline baseline = options.baseline() ? baseline(http) : null;
      SagaLog sagas = new SagaLog();
      try (SagaWatcher watcher = new SagaWatcher(target.kafkaBootstrap(), sagas)) {
        watcher.start();
        SagaRun saga = new SagaRun(target, http, sagas, watcher);
        List<RunResult> runs = options.sustained() ? search(saga) : List.of(fixed(saga));
        return report(start, baseline, runs);
      }
    }
  }

  private void prepare(BenchHttp http) throws Exception {
    out.println("Setting up the benchmark catalogue through inventory-service");
    new Catalogue(http, target.inventoryUrl()).setUp();
    new CatalogueReadiness(http, target.orderUrl()).await(Duration.ofSeconds(60));
  }

  private Baseline baseline(BenchHttp http) throws Exception {
    out.println("Baseline: PostgreSQL commits and the Connect relay on a scratch database");
    return Baseline.measure(target, http);
  }

  private RunResult fixed(SagaRun saga) throws Exception {
    out.printf(
        "Sending %s orders/s for %ss after a %ss warmup%n",
        ReportTable.number(options.rate()),
        options.duration().toSeconds(),
        options.warmup().toSeconds());
    return saga.run(options.rate(), options.warmup(), options.duration(), options.drain());
  }

  /** Steps the rate up until a step does not keep up, or the last rate asked for is reached. */
  private List<RunResult> search(SagaRun saga) throws Exception {
    List<RunResult> steps = new ArrayList<>();
    for (double rate = options.rate(); rate <= options.maxRate(); rate += options.step()) {
      out.printf(
          "Step: %s orders/s for %ss%n", ReportTable.number(rate), options.duration().toSeconds());
      RunResult step = saga.run(rate, options.warmup(), options.duration(), options.drain());
      steps.add(step);
      if (!step.keptUp()) {
        break;
      }
    }
    return steps;
  }

  private int report(Instant start, Baseline baseline, List<RunResult> runs) throws IOException {
    Double highest = options.sustained() ? highestKeptUp(runs) : null;
    BenchReport report =
        new BenchReport(Machines.current(start), options.describe(), baseline, runs, highest);
    out.println();
    out.print(ReportTable.text(ReportTable.rows(report)));
    Path folder = ResultsFolder.write(target.results(), start, report);
    out.println("\nWritten to " + folder);
    warnOfUnexpectedEnds(runs);
    return 0;
  }

  /** Good cards cancelled are most often the fraud rules at their defaults, not a slow system. */
  private void warnOfUnexpectedEnds(List<RunResult> runs) {
    long unexpected = runs.stream().mapToLong(RunResult::unexpected).sum();
    if (unexpected > 0) {
      out.println(
          "Warning: "
              + unexpected
              + " orders ended otherwise than their body asked for. Was payment-service started"
              + " with the raised fraud limits? See docs/performance.md.");
    }
  }

  private static double highestKeptUp(List<RunResult> runs) {
    return runs.stream().filter(RunResult::keptUp).mapToDouble(RunResult::rate).max().orElse(0);
  }

  /** The run ended because order-service stopped answering; the message says so. */
  public static final class Stopped extends Exception {
    public Stopped(String message) {
      super(message);
    }
  }
}
