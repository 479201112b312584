package io.shoporders.stack.bench;

import java.util.List;

/**
 * Everything one `./shop bench` measured, as printed and as written to JSON and Markdown.
 *
 * @param machine where and when it ran
 * @param options what it was asked to do
 * @param baseline PostgreSQL and Connect on their own, or null when skipped
 * @param runs the fixed-rate run, or each step of a sustained search, in order
 * @param highestSustainedRate the highest step rate that kept up, or null when not searched (0 when
 *     not even the first step kept up)
 */
public record BenchReport(
    Machine machine,
    java.util.Map<String, Object> options,
    Baseline baseline,
    List<RunResult> runs,
    Double highestSustainedRate) {

  /**
   * @param cores processors the JVM sees
   * @param date start of the benchmark, ISO-8601 UTC
   * @param java the JVM's version
   * @param os the kernel
   */
  public record Machine(int cores, String date, String java, String os) {}

  /** The run whose details the report shows: the highest step that kept up, else the first. */
  RunResult featured() {
    if (highestSustainedRate != null) {
      for (RunResult run : runs) {
        if (run.rate() == highestSustainedRate) {
          return run;
        }
      }
    }
    return runs.get(0);
  }
}
