package io.shoporders.stack;

import io.shoporders.stack.demo.Demo;
import io.shoporders.stack.demo.DemoOptions;
import io.shoporders.stack.demo.ServiceUrls;
import io.shoporders.stack.demo.Summary;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** `./shop demo`: the sample shop's orders on this stack, started first if it is not up. */
final class DemoCommand {

  private final StackSettings settings;
  private final PrintStream out;

  DemoCommand(StackSettings settings, PrintStream out) {
    this.settings = settings;
    this.out = out;
  }

  /** Where a stack's demo writes its summary. */
  static Path summaryFile(StackSettings settings) {
    return settings.home().resolve("demo/summary.json");
  }

  int run(List<String> options) throws Exception {
    DemoOptions demoOptions = DemoOptions.parse(options);
    Stack stack = new Stack(settings, out);
    // Held only while parts start: a ./shop down must be able to stop the demo's orders.
    try (StackLock held = stack.lock()) {
      out.println(stack.opening(true));
      stack.up(true);
    }
    return run(stack, demoOptions);
  }

  /** Runs the demo on a stack that is up; 0 when every order became final in time. */
  int run(Stack stack, DemoOptions options) throws Exception {
    out.println("== Demo: the sample shop in local-stack/demo-data");
    Summary summary =
        new Demo(ServiceUrls.of(stack.environment()), out)
            .run(dataFolder(), options, summaryFile(settings));
    return summary.stragglers().isEmpty() ? 0 : 4;
  }

  private Path dataFolder() {
    return settings.repository().resolve("local-stack/demo-data");
  }
}
