package io.shoporders.stack;

import io.shoporders.stack.bench.Bench;
import io.shoporders.stack.bench.BenchOptions;
import io.shoporders.stack.bench.StackTarget;
import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * `./shop bench`: hands the benchmark, which lives in its own package, what it needs to know about
 * the running stack, so that the stack's classes stay package-private.
 */
final class BenchCommand {

  private BenchCommand() {}

  static int run(StackSettings settings, List<String> args, PrintStream out) throws Exception {
    BenchOptions options = BenchOptions.parse(args);
    Stack stack = new Stack(settings, out);
    // Not while another launcher starts or stops parts; a ./shop down may still stop the run.
    try (StackLock held = StackLock.acquireOrRefuse(settings.home(), "./shop bench")) {
      if (!stack.all().stream().allMatch(Part::running)) {
        stack.status();
        System.err.println("Part of the stack is not running; start it with ./shop up.");
        return 3;
      }
    }
    return new Bench(target(settings, stack), options, out).run();
  }

  private static StackTarget target(StackSettings settings, Stack stack) throws IOException {
    Secrets secrets = Secrets.loadOrCreate(settings.home());
    StackSettings.ExternalPostgres external = settings.externalPostgres();
    return new StackTarget(
        stack.environment().get("ORDER_SERVICE_URL"),
        stack.environment().get("INVENTORY_SERVICE_URL"),
        settings.kafkaBootstrap(),
        settings.connectUrl(),
        "jdbc:postgresql://" + settings.postgresHost() + ":" + settings.postgresPort() + "/",
        external == null ? PostgresServer.SUPERUSER : external.adminUser(),
        external == null ? secrets.password(PostgresServer.SUPERUSER) : external.adminPassword(),
        pids(settings, stack),
        settings.repository().resolve("bench-results"),
        settings.repository().resolve("local-stack/connectors/order-outbox.json"),
        StackEnvironment.CDC_ROLE);
  }

  private static Map<String, Long> pids(StackSettings settings, Stack stack) {
    Processes processes = new Processes(settings);
    Map<String, Long> pids = new LinkedHashMap<>();
    for (Part part : stack.all()) {
      processes.running(part.name()).ifPresent(handle -> pids.put(part.name(), handle.pid()));
    }
    return pids;
  }
}
