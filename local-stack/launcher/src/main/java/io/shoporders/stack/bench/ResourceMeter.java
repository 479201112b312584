package io.shoporders.stack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time and memory of each part of the stack, read from /proc. A part counts with its child
 * processes: PostgreSQL's work is done in one backend process per connection.
 */
final class ResourceMeter {

  /**
   * One part's use over the measured span.
   *
   * @param part the part's name
   * @param cpuSeconds CPU time (user plus system) spent during the span
   * @param cpuShare that time as a share of one core over the span's length
   * @param memoryMb for one process, the largest resident memory it reached since it started
   *     (VmHWM); for a process with children, their proportional set sizes (Pss) summed at the end
   *     of the span, which counts memory they share, such as PostgreSQL's buffers, once in all
   * @param memory which of the two {@code memoryMb} is
   */
  record Use(String part, double cpuSeconds, double cpuShare, double memoryMb, String memory) {}

  static final String PEAK_RSS = "peak RSS";
  static final String PSS = "PSS of all processes";

  private final Map<String, Long> pids;
  private final long ticksPerSecond = ticksPerSecond();
  private Map<String, Long> ticksAtStart = Map.of();
  private long startNanos;

  ResourceMeter(Map<String, Long> pids) {
    this.pids = new LinkedHashMap<>(pids);
    this.pids.put("bench (this process)", ProcessHandle.current().pid());
  }

  void start() {
    startNanos = System.nanoTime();
    ticksAtStart = ticks();
  }

  List<Use> stop() {
    double span = (System.nanoTime() - startNanos) / 1e9;
    Map<String, Long> ticksAtEnd = ticks();
    List<Use> uses = new ArrayList<>();
    for (var entry : pids.entrySet()) {
      long ticks = ticksAtEnd.get(entry.getKey()) - ticksAtStart.getOrDefault(entry.getKey(), 0L);
      double cpu = (double) ticks / ticksPerSecond;
      uses.add(memoryOf(entry.getKey(), entry.getValue(), cpu, cpu / span));
    }
    return uses;
  }

  private Map<String, Long> ticks() {
    Map<String, Long> ticks = new LinkedHashMap<>();
    pids.forEach((part, pid) -> ticks.put(part, sum(pid, ResourceMeter::cpuTicks)));
    return ticks;
  }

  private static Use memoryOf(String part, long pid, double cpu, double share) {
    boolean hasChildren =
        ProcessHandle.of(pid).stream().anyMatch(p -> p.children().findAny().isPresent());
    return hasChildren
        ? new Use(part, cpu, share, sum(pid, ResourceMeter::pss) / 1024.0, PSS)
        : new Use(part, cpu, share, peakRss(pid) / 1024.0, PEAK_RSS);
  }

  private static long sum(long pid, java.util.function.ToLongFunction<Long> reading) {
    Stream<Long> family =
        Stream.concat(
            Stream.of(pid),
            ProcessHandle.of(pid).stream()
                .flatMap(ProcessHandle::descendants)
                .map(ProcessHandle::pid));
    return family.mapToLong(reading).sum();
  }

  private static long cpuTicks(long pid) {
    try {
      return ProcStat.cpuTicks(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
    } catch (IOException | RuntimeException gone) {
      return 0; // a child that ended between listing and reading
    }
  }

  private static long peakRss(long pid) {
    try {
      return ProcStat.peakRssKb(Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")));
    } catch (IOException | RuntimeException gone) {
      return 0;
    }
  }

  private static long pss(long pid) {
    try {
      return ProcStat.pssKb(
          Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps_rollup")));
    } catch (IOException | RuntimeException gone) {
      return 0;
    }
  }

  /** USER_HZ, the unit of /proc's CPU times: almost always 100, but asked rather than assumed. */
  private static long ticksPerSecond() {
    try {
      Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
      String answer = new String(getconf.getInputStream().readAllBytes()).trim();
      return getconf.waitFor() == 0 ? Long.parseLong(answer) : 100;
    } catch (IOException | RuntimeException e) {
      return 100;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 100;
    }
  }
}
