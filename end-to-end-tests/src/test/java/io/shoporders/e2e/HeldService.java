package io.shoporders.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One service of the stack held still with SIGSTOP, so that an order waits at a stage of the saga,
 * and let go with SIGCONT on close. Kafka keeps its consumers as long as the hold stays well within
 * their session timeout (45 s), so {@link #close} refuses to pass silently over a longer one. Use
 * it only in try-with-resources, so the service runs again whatever the test does.
 */
final class HeldService implements AutoCloseable {

  /** Far below the consumers' session timeout, so no group rebalances while a service is held. */
  static final Duration LONGEST_HOLD = Duration.ofSeconds(15);

  private final String name;
  private final long pid;
  private final Instant since;
  private boolean released;

  private HeldService(String name, long pid) {
    this.name = name;
    this.pid = pid;
    this.since = Instant.now();
  }

  /** Stops the service's process (e.g. "payment-service") until {@link #close}. */
  static HeldService hold(RunningService service) {
    String name = service.name().toLowerCase() + "-service";
    long pid = pidOf(name);
    signal(pid, "STOP");
    return new HeldService(name, pid);
  }

  /** Lets the service run again; once only, so an early release and the close do not clash. */
  @Override
  public void close() {
    if (released) {
      return;
    }
    released = true;
    signal(pid, "CONT");
    Duration held = Duration.between(since, Instant.now());
    if (held.compareTo(LONGEST_HOLD) > 0) {
      throw new AssertionError(name + " was held for " + held + ", longer than " + LONGEST_HOLD);
    }
  }

  /** The pid the launcher recorded, checked against the process's command line as it does. */
  private static long pidOf(String name) {
    String folder = System.getenv("SHOP_PID_DIR");
    if (folder == null) {
      throw new IllegalStateException("SHOP_PID_DIR is not set: export ./shop env first");
    }
    try {
      List<String> lines = Files.readAllLines(Path.of(folder, name + ".pid"));
      long pid = Long.parseLong(lines.get(0).trim());
      String commandLine = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"));
      if (!commandLine.contains(lines.get(1).trim())) {
        throw new IllegalStateException(name + "'s pid " + pid + " belongs to another process");
      }
      return pid;
    } catch (IOException e) {
      throw new IllegalStateException(name + " is not running on this stack", e);
    }
  }

  private static void signal(long pid, String signal) {
    try {
      Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start();
      if (kill.waitFor() != 0) {
        throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot signal " + pid, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while signalling " + pid, e);
    }
  }
}
