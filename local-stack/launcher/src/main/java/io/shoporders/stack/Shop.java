package io.shoporders.stack;

import io.shoporders.stack.bench.Bench;
import io.shoporders.stack.bench.BenchOptions;
import io.shoporders.stack.demo.Demo;
import io.shoporders.stack.demo.DemoOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The ./shop command: runs the whole system, or only what the tests need, on this machine. */
public final class Shop {

  private static final String USAGE =
      """
      usage: ./shop COMMAND
        up [--clean] [--infra]  start PostgreSQL, Kafka, Connect, the mail server and the five
                                services (--infra: all but the services; --clean: wipe data first)
        down                    stop every process this stack started
        status                  show each part, whether it answers, and where
        logs PART [--follow]    print a part's log (postgres, kafka, connect, mail, *-service)
        env                     print the variables that point tools and tests at the stack
        test                    run every test against a fresh stack of its own, then stop it
      %s  bench [--rate N] ...    measure intake, saga latency and throughput; docs/performance.md
      environment: SHOP_HOME (default .shop), SHOP_PORT_OFFSET (default 0),
        SHOP_EXTERNAL_PG_HOST, SHOP_EXTERNAL_PG_PORT, SHOP_EXTERNAL_PG_ADMIN_USER,
        SHOP_EXTERNAL_PG_ADMIN_PASSWORD (your own PostgreSQL instead of the embedded one)
      """
          .formatted(DemoOptions.USAGE);

  private final PrintStream out = System.out;
  private final StackSettings settings;

  Shop(StackSettings settings) {
    this.settings = settings;
  }

  public static void main(String[] args) {
    Path repository = Path.of(System.getProperty("shop.repository", ".")).toAbsolutePath();
    try {
      StackSettings settings =
          StackSettings.fromEnvironment(repository.normalize(), System.getenv());
      System.exit(new Shop(settings).run(List.of(args)));
    } catch (Exception e) {
      System.exit(failed(e, System.err));
    }
  }

  /**
   * Prints why a command failed and returns its exit status: one line for the failures the launcher
   * explains itself, the exception only for those it does not expect.
   */
  static int failed(Exception failure, PrintStream err) {
    if (failure instanceof StackLock.Busy) {
      err.println(failure.getMessage());
      return 2;
    }
    if (failure instanceof Stack.StartupFailure
        || failure instanceof Stack.StopTimeout
        || failure instanceof Demo.Stopped
        || failure instanceof Bench.Stopped
        || failure instanceof IllegalArgumentException) {
      err.println(failure.getMessage());
      return 1;
    }
    err.println("./shop failed: " + failure);
    return 1;
  }

  int run(List<String> args) throws Exception {
    String command = args.isEmpty() ? "help" : args.get(0);
    List<String> options = args.isEmpty() ? List.of() : args.subList(1, args.size());
    String usageError = usageError(command, options);
    if (usageError != null) {
      System.err.println(usageError);
      return 2;
    }
    return switch (command) {
      case "help", "--help", "-h" -> usage("help");
      case "up" -> up(options);
      case "down" -> down();
      case "status" -> new Stack(settings, out).status() ? 0 : 3;
      case "logs" -> logs(options);
      case "env" -> env();
      case "test" -> new TestRun(settings, out).run();
      case "demo" -> new DemoCommand(settings, out).run(options);
      case "bench" -> BenchCommand.run(settings, options, out);
      default -> usage(command);
    };
  }

  private int up(List<String> options) throws Exception {
    Stack stack = new Stack(settings, out);
    // One hold from the wipe to the last part up: no other launcher's start or stop in between.
    try (StackLock held = stack.lock()) {
      if (options.contains("--clean")) {
        stack.wipe();
        stack = new Stack(settings, out);
      }
      boolean withServices = !options.contains("--infra");
      out.println(stack.opening(withServices));
      stack.up(withServices);
    }
    out.println("Logs: " + settings.logs() + "  (./shop logs PART)");
    out.println("Stop: ./shop down");
    return 0;
  }

  private int down() throws Exception {
    out.println("Stopping the local stack in " + settings.home());
    new Stack(settings, out).down();
    return 0;
  }

  private int logs(List<String> options) throws IOException, InterruptedException {
    if (options.isEmpty() || options.get(0).startsWith("--")) {
      System.err.println("./shop logs needs a part: postgres, kafka, connect, mail or a service");
      return 2;
    }
    Stack stack = new Stack(settings, out);
    if (stack.part(options.get(0)).isEmpty()) {
      System.err.println("no part named " + options.get(0));
      return 2;
    }
    LogFollower.print(stack.log(options.get(0)), options.contains("--follow"), out);
    return 0;
  }

  private int env() throws IOException {
    for (Map.Entry<String, String> entry : new Stack(settings, out).environment().entrySet()) {
      out.println("export " + entry.getKey() + "='" + entry.getValue() + "'");
    }
    return 0;
  }

  private int usage(String command) {
    if (command.equals("help")) {
      out.print(USAGE);
      return 0;
    }
    System.err.println("unknown command: " + command);
    System.err.print(USAGE);
    return 2;
  }

  /**
   * What is wrong with the options, in one line, before anything runs: an unknown one, or a value
   * that the command cannot take; null when nothing is.
   */
  static String usageError(String command, List<String> options) {
    String unknown = unknownOption(command, options);
    if (unknown != null) {
      return unknownOptionMessage(command, unknown);
    }
    try {
      switch (command) {
        case "demo" -> DemoOptions.parse(options);
        case "bench" -> BenchOptions.parse(options);
        default -> {
          // the others' options are all flags, checked above
        }
      }
      return null;
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      return message.startsWith("./shop") ? message : "./shop " + command + ": " + message;
    }
  }

  /** One line that names the option not understood and those the command takes. */
  static String unknownOptionMessage(String command, String unknown) {
    String known =
        switch (command) {
          case "demo" -> DemoOptions.KNOWN;
          case "up" -> "--clean, --infra";
          case "logs" -> "PART, --follow";
          default -> "";
        };
    String takes = known.isEmpty() ? "; it takes no options" : "; it takes " + known;
    return "./shop " + command + " does not take " + unknown + takes;
  }

  /** The first option the command does not know, so a typo such as --clena never passes. */
  static String unknownOption(String command, List<String> options) {
    if (command.equals("demo")) {
      return DemoOptions.firstUnknown(options);
    }
    if (command.equals("bench")) {
      return null; // bench takes values after its options, and checks them itself
    }
    List<String> known =
        switch (command) {
          case "up" -> List.of("--clean", "--infra");
          case "logs" -> List.of("--follow");
          default -> List.of();
        };
    for (int i = 0; i < options.size(); i++) {
      boolean partName = command.equals("logs") && i == 0;
      if (!partName && !known.contains(options.get(i))) {
        return options.get(i);
      }
    }
    return null;
  }
}
