package io.shoporders.stack.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What `./shop bench` was asked to do.
 *
 * @param rate orders per second of the fixed-rate run, and the first step of a sustained search
 * @param duration how long a run (or each step) is measured
 * @param warmup how long orders are sent before measuring starts, to warm the JVMs
 * @param drain how long to wait after the last order for every order to reach its final state
 * @param sustained whether to step the rate up until the saga no longer keeps up
 * @param step how much each step of a sustained search adds to the rate
 * @param maxRate the last rate a sustained search tries
 * @param baseline whether to measure PostgreSQL and Connect on their own first
 */
public record BenchOptions(
    double rate,
    Duration duration,
    Duration warmup,
    Duration drain,
    boolean sustained,
    double step,
    double maxRate,
    boolean baseline) {

  /** Refuses a run that cannot mean anything before it touches the stack. */
  public BenchOptions {
    positive("--rate", rate);
    positive("--step", step);
    positive("--max-rate", maxRate);
    positive("--duration", duration.toMillis());
    if (warmup.isNegative() || drain.isNegative()) {
      throw new IllegalArgumentException("--warmup and --drain cannot be negative");
    }
  }

  private static void positive(String option, double value) {
    if (!(value > 0)) {
      throw new IllegalArgumentException(option + " must be above 0, not " + value);
    }
  }

  private static final Set<String> FLAGS = Set.of("--sustained", "--no-baseline");
  private static final Set<String> VALUED =
      Set.of("--rate", "--duration", "--warmup", "--drain", "--step", "--max-rate");

  /** Every option, in the order the usage line shows them, for the message about a typo. */
  private static final List<String> KNOWN =
      List.of(
          "--rate N",
          "--duration D",
          "--warmup D",
          "--drain D",
          "--no-baseline",
          "--sustained",
          "--step N",
          "--max-rate N");

  public static BenchOptions parse(List<String> args) {
    Map<String, String> given = read(args);
    return new BenchOptions(
        number(given.getOrDefault("--rate", "50")),
        duration(given.getOrDefault("--duration", "60s")),
        duration(given.getOrDefault("--warmup", "10s")),
        duration(given.getOrDefault("--drain", "30s")),
        given.containsKey("--sustained"),
        number(given.getOrDefault("--step", "25")),
        number(given.getOrDefault("--max-rate", "400")),
        !given.containsKey("--no-baseline"));
  }

  /** The options as the results files show them, durations in seconds. */
  Map<String, Object> describe() {
    Map<String, Object> shown = new java.util.LinkedHashMap<>();
    shown.put("rate", rate);
    shown.put("durationSeconds", duration.toMillis() / 1000.0);
    shown.put("warmupSeconds", warmup.toMillis() / 1000.0);
    shown.put("drainSeconds", drain.toMillis() / 1000.0);
    shown.put("sustained", sustained);
    shown.put("step", step);
    shown.put("maxRate", maxRate);
    shown.put("baseline", baseline);
    return shown;
  }

  private static Map<String, String> read(List<String> args) {
    Map<String, String> given = new HashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String name = args.get(i);
      if (FLAGS.contains(name)) {
        given.put(name, "");
      } else if (VALUED.contains(name) && i + 1 < args.size()) {
        given.put(name, args.get(++i));
      } else if (VALUED.contains(name)) {
        throw new IllegalArgumentException("./shop bench: " + name + " needs a value");
      } else {
        throw new IllegalArgumentException(
            "./shop bench does not take " + name + "; it takes " + String.join(", ", KNOWN));
      }
    }
    return given;
  }

  /** A duration written as 500ms, 45s or 2m. */
  static Duration duration(String text) {
    String value = text.trim();
    try {
      if (value.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
      }
      long amount = Long.parseLong(value.substring(0, value.length() - 1));
      return switch (value.charAt(value.length() - 1)) {
        case 's' -> Duration.ofSeconds(amount);
        case 'm' -> Duration.ofMinutes(amount);
        default -> throw new NumberFormatException();
      };
    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
      throw new IllegalArgumentException("not a duration (500ms, 45s, 2m): " + text);
    }
  }

  private static double number(String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number: " + text);
    }
  }
}
