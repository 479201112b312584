package io.shoporders.stack.bench;

import java.util.List;

/**
 * Reads the two figures the harness wants from a process's /proc files: CPU time from {@code stat}
 * and peak resident memory from {@code status}.
 */
final class ProcStat {

  private ProcStat() {}

  /**
   * User plus system CPU time in clock ticks. The command name in field 2 may hold spaces and
   * parentheses, so fields are counted from the last closing parenthesis: utime and stime are
   * fields 14 and 15 of the line.
   */
  static long cpuTicks(String statLine) {
    String afterName = statLine.substring(statLine.lastIndexOf(')') + 2);
    String[] fields = afterName.trim().split("\\s+");
    // afterName starts at field 3 (state), so field N is at index N - 3.
    return Long.parseLong(fields[14 - 3]) + Long.parseLong(fields[15 - 3]);
  }

  /** Pss from {@code smaps_rollup}: resident memory with shared pages split among their users. */
  static long pssKb(List<String> smapsRollupLines) {
    for (String line : smapsRollupLines) {
      if (line.startsWith("Pss:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return 0;
  }

  /** VmHWM, the highest resident set size the process reached, in kilobytes; 0 if absent. */
  static long peakRssKb(List<String> statusLines) {
    for (String line : statusLines) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return 0;
  }
}
