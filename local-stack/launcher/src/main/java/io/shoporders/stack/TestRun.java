package io.shoporders.stack;

import java.io.PrintStream;

/**
 * `./shop test`: every test of the project against a stack of its own (home .shop-test, ports
 * shifted by 10000), so a development stack that is running is neither used nor disturbed.
 *
 * <p>First the infrastructure starts from empty and `./mvnw verify` runs the unit tests and each
 * service's @QuarkusTests against it, and installs the modules. Then the stack is wiped, started
 * again with the five services packaged by that build, and the end-to-end module runs against it.
 * The stack is stopped at the end, whatever the outcome.
 */
final class TestRun {

  private final StackSettings settings;
  private final PrintStream out;

  TestRun(StackSettings development, PrintStream out) {
    this.settings = development.forTests();
    this.out = out;
  }

  int run() throws Exception {
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
      return Maven.exitCode(
          settings.repository(),
          stack.environment(),
          "-B",
          "-pl",
          "end-to-end-tests",
          "verify",
          "-DskipITs=false");
    } finally {
      out.println("== Stopping the test stack");
      stack.down();
    }
  }
}
