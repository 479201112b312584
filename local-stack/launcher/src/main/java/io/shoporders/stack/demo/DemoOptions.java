package io.shoporders.stack.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of `./shop demo`.
 *
 * @param ordersPerSecond how fast the orders are placed
 * @param timeout how long to wait for the last order to become final
 */
public record DemoOptions(double ordersPerSecond, Duration timeout) {

  static final String RATE = "--rate=";
  static final String TIMEOUT = "--timeout=";

  public static final String USAGE =
      """
        demo [--rate N]         start the stack if needed, place the sample shop's orders (N a
          [--timeout S]         second, default 10), wait S seconds at most (default 300) for
                                each to end, and print what the services report
      """;

  /** The options, as the message about a misspelt one lists them. */
  public static final String KNOWN = "--rate N, --timeout S";

  /** The first option that is not one of these, so that a typo never passes; or null. */
  public static String firstUnknown(List<String> options) {
    return joined(options).stream()
        .filter(option -> !option.startsWith(RATE) && !option.startsWith(TIMEOUT))
        .findFirst()
        .orElse(null);
  }

  public static DemoOptions parse(List<String> options) {
    double rate = 10;
    long timeout = 300;
    for (String option : joined(options)) {
      if (option.startsWith(RATE)) {
        rate = positive(option, RATE);
      } else if (option.startsWith(TIMEOUT)) {
        timeout = (long) positive(option, TIMEOUT);
      }
    }
    return new DemoOptions(rate, Duration.ofSeconds(timeout));
  }

  /** `--rate 5` as `--rate=5`: both spellings work, as they do for ./shop bench's options. */
  private static List<String> joined(List<String> options) {
    List<String> joined = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      String option = options.get(i);
      boolean valued = (option + "=").equals(RATE) || (option + "=").equals(TIMEOUT);
      joined.add(valued && i + 1 < options.size() ? option + "=" + options.get(++i) : option);
    }
    return joined;
  }

  private static double positive(String option, String name) {
    try {
      double value = Double.parseDouble(option.substring(name.length()));
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below, with the option
    }
    throw new IllegalArgumentException(option + ": a number above zero is needed");
  }
}
