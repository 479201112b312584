package io.shoporders.stack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.shoporders.stack.demo.OrderPoster.Placed;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The sample shop on a running stack: sets catalogue and stock, places the orders, waits until each
 * is final, then reports what the services say happened, on the terminal and as JSON.
 *
 * <p>Every run places new orders (the Idempotency-Keys carry the run's id) and starts from the
 * stock in the data files; earlier runs' orders stay in the services and are not counted. A run
 * first waits for the orders the last one left open (interrupted, or past its timeout), since their
 * reservations would keep the stock from being set.
 */
public final class Demo {

  private final ServiceUrls urls;
  private final PrintStream out;
  private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final JsonHttp http = new JsonHttp(json);

  public Demo(ServiceUrls urls, PrintStream out) {
    this.urls = urls;
    this.out = out;
  }

  /**
   * Runs the data in {@code dataFolder} and writes the summary to {@code summaryFile}. Ctrl-C
   * meanwhile prints one line saying what it interrupted.
   *
   * @throws Stopped when a service stopped answering, as it does when the stack is stopped, or the
   *     last run's orders were still open at the timeout
   */
  public Summary run(Path dataFolder, DemoOptions options, Path summaryFile) throws Exception {
    DemoProgress progress = new DemoProgress();
    Thread onInterrupt = new Thread(() -> out.printf("%n%s%n", progress.interrupted()));
    Runtime.getRuntime().addShutdownHook(onInterrupt);
    try {
      return run(dataFolder, options, summaryFile, progress);
    } catch (Exception e) {
      ServiceUnreachable gone = ServiceUnreachable.in(e);
      if (gone == null) {
        throw e;
      }
      out.println(); // ends the progress bar's line, which the message would otherwise continue
      throw new Stopped(progress.cutOff(urls.serviceAt(gone.uri()), gone.reason()));
    } finally {
      Runtime.getRuntime().removeShutdownHook(onInterrupt);
    }
  }

  private Summary run(Path dataFolder, DemoOptions options, Path summaryFile, DemoProgress progress)
      throws Exception {
    DemoData data = DemoData.load(dataFolder, json);
    String runId = UUID.randomUUID().toString().substring(0, 8);
    PlacedOrders ledger = new PlacedOrders(summaryFile.resolveSibling("placed-orders.txt"));
    progress.step("waiting for the last run's orders");
    new Completion(http, urls, out).awaitEarlierRun(ledger.lastRun(), options.timeout());
    ledger.startRun();
    progress.step("setting the catalogue and stock");
    new CatalogueSetup(http, urls, out).apply(data, runId);
    SummaryReader reader = new SummaryReader(http, urls);
    Map<String, JsonNode> stockBefore = reader.stock(data.scarceSkus());

    Instant start = Instant.now();
    OrderPoster poster = new OrderPoster(http, urls, out, ledger, progress);
    List<Placed> placed = poster.post(data.orders(), options.ordersPerSecond(), runId);
    double placedPerSecond = placed.size() / secondsSince(start);
    progress.step("waiting for the orders to become final");
    List<OrderRecord> records = finish(placed, Instant.now().plus(options.timeout()));

    var run =
        new SummaryReader.Run(
            runId,
            start,
            secondsSince(start),
            placedPerSecond,
            stockBefore,
            poster.customerCancellations());
    Summary summary = reader.read(run, records);
    new SummaryPrinter(out).print(summary);
    write(summary, summaryFile);
    return summary;
  }

  private List<OrderRecord> finish(List<Placed> placed, Instant deadline) throws Exception {
    Completion completion = new Completion(http, urls, out);
    completion.awaitFinal(placed, deadline);
    return completion.settle(placed, deadline);
  }

  private static double secondsSince(Instant start) {
    return Duration.between(start, Instant.now()).toMillis() / 1000.0;
  }

  private void write(Summary summary, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    json.writeValue(file.toFile(), summary);
    out.println("\nSummary as JSON: " + shown(file));
  }

  /** The file relative to the working folder when it lies inside it, as a person would type it. */
  static Path shown(Path file) {
    Path here = Path.of("").toAbsolutePath();
    return file.startsWith(here) ? here.relativize(file) : file;
  }

  /**
   * The run stopped before its summary, because a service stopped answering or the last run's
   * orders did not become final; the message says why, what it had done and what to do.
   */
  public static final class Stopped extends Exception {
    public Stopped(String message) {
      super(message);
    }
  }
}
