package io.shoporders.stack;

import io.shoporders.stack.demo.DemoOptions;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * `./shop test`: every test of the project against a stack of its own (home .shop-test, ports
 * shifted by 10000), so a development stack that is running is neither used nor disturbed.
 *
 * <p>First the infrastructure starts from empty and `./mvnw verify` runs the unit tests and each
 * service's @QuarkusTests against it, and installs the modules. Then the stack is wiped, started
 * again with the five services packaged by that build, `./shop demo` runs the sample shop on it,
 * and the end-to-end module runs against it, with the demo's summary to check. The stack is stopped
 * at the end, whatever the outcome.
 */
final class TestRun {

  /** Where DemoSummaryIT finds the summary of the demo run on the test stack. */
  static final String DEMO_SUMMARY_VARIABLE = "DEMO_SUMMARY_FILE";

  private final StackSettings settings;
  private final PrintStream out;

  TestRun(StackSettings development, PrintStream out) {
    this.settings = development.forTests();
    this.out = out;
  }

  int run() throws Exception {
    // Held for the whole run: a second ./shop test would wipe this one's stack under its tests.
    try (StackLock held = StackLock.acquireOrRefuse(settings.home(), "./shop test")) {
      return runHolding();
    }
  }

  private int runHolding() throws Exception {
    Stack stack = new Stack(settings, out);
    try {
      out.println("== Test stack in " + settings.home() + ": infrastructure for service tests");
      stack.wipe();
      stack = new Stack(settings, out);
      stack.up(false);
      // install, so that the end-to-end module finds the contracts in the next build.
      int verify = Maven.exitCode(settings.repository(), stack.environment(), "-B", "install");
      if (verify != 0) {
        return verify;
      }
      out.println("== Test stack: the five services for the end-to-end tests");
      stack.wipe();
      stack = new Stack(settings, out);
      stack.up(true);
      return demoThenEndToEnd(stack);
    } finally {
      out.println("== Stopping the test stack");
      stack.down();
    }
  }

  /**
   * The demo first, so that DemoSummaryIT can check its summary against the services. Orders the
   * demo left open fail the run, but the end-to-end tests still run and report their own findings.
   */
  private int demoThenEndToEnd(Stack stack) throws Exception {
    int demo = new DemoCommand(settings, out).run(stack, DemoOptions.parse(List.of()));
    Map<String, String> environment = new HashMap<>(stack.environment());
    environment.put(DEMO_SUMMARY_VARIABLE, DemoCommand.summaryFile(settings).toString());
    int endToEnd =
        Maven.exitCode(
            settings.repository(),
            environment,
            "-B",
            "-pl",
            "end-to-end-tests",
            "verify",
            "-DskipITs=false");
    return demo != 0 ? demo : endToEnd;
  }
}
