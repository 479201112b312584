package io.shoporders.stack;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * Starts the stack's processes in the background and stops them again by process id. A pid file
 * holds the pid and a marker, a path that the process's command line contains (the stack's home, or
 * PostgreSQL's data folder); the pid is trusted only while that still holds, so a recycled pid is
 * never signalled. A third line, "stopping", says that a `./shop down` has asked the process to
 * stop, so that a stop still under way (or one whose launcher was interrupted) is not mistaken for
 * a part that runs but does not answer.
 */
final class Processes {

  private static final Path SETSID = Path.of("/usr/bin/setsid");
  private static final Duration EXEC_WAIT = Duration.ofSeconds(5);
  private static final String STOPPING = "stopping";

  private final StackSettings settings;

  Processes(StackSettings settings) {
    this.settings = settings;
  }

  /** Starts a command detached from the terminal, its output appended to the part's log. */
  ProcessHandle start(String part, List<String> command, Map<String, String> env)
      throws IOException {
    Files.createDirectories(settings.logs());
    Files.createDirectories(settings.pids());
    Files.createDirectories(settings.home().resolve("tmp"));
    List<String> detached = new ArrayList<>();
    // A session of its own keeps Ctrl-C in the terminal that ran `./shop up` away from the stack.
    if (Files.isExecutable(SETSID)) {
      detached.add(SETSID.toString());
    }
    detached.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(detached).directory(settings.home().toFile());
    Map<String, String> childEnv = childEnvironment(builder.environment(), env);
    builder.environment().clear();
    builder.environment().putAll(childEnv);
    builder.redirectInput(new File("/dev/null"));
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log(part).toFile()));
    ProcessHandle handle = builder.start().toHandle();
    remember(part, handle.pid(), settings.home().toString());
    awaitCommand(handle, settings.home().toString());
    return handle;
  }

  /**
   * Waits until the process runs the command it was given: setsid execs the real one, and while an
   * exec is under way /proc shows an empty command line, which would read as "not ours".
   */
  private static void awaitCommand(ProcessHandle handle, String marker) {
    long deadline = System.nanoTime() + EXEC_WAIT.toNanos();
    while (handle.isAlive()
        && !commandLine(handle).contains(marker)
        && System.nanoTime() < deadline) {
      LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
    }
  }

  /**
   * The launcher's own environment with the part's variables on top, less any database password the
   * part was not given: a shell that ran `eval "$(./shop env)"` holds them all, and a service must
   * not inherit the others' passwords from it.
   */
  static Map<String, String> childEnvironment(
      Map<String, String> inherited, Map<String, String> own) {
    Map<String, String> child = new java.util.HashMap<>(inherited);
    child.keySet().removeIf(name -> name.endsWith("DB_PASSWORD") && !own.containsKey(name));
    child.putAll(own);
    return child;
  }

  /** Records the pid of a process that started itself in the background (PostgreSQL). */
  void remember(String part, long pid, String marker) throws IOException {
    Files.createDirectories(settings.pids());
    Files.writeString(pidFile(part), pid + "\n" + marker + "\n");
  }

  /** The running process of a part, if this stack started it and it is still alive. */
  Optional<ProcessHandle> running(String part) {
    Path file = pidFile(part);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(file);
      long pid = Long.parseLong(lines.get(0).trim());
      String marker = lines.get(1);
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .filter(handle -> commandLine(handle).contains(marker));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The process of a part that was asked to stop and has not exited yet. */
  Optional<ProcessHandle> stopping(String part) {
    return running(part).filter(handle -> stopRequested(part));
  }

  /** Waits until the process has exited; false when it still runs after {@code wait}. */
  static boolean awaitExit(ProcessHandle handle, Duration wait) throws InterruptedException {
    try {
      handle.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException stillRunning) {
      // answered by isAlive below
    }
    return !handle.isAlive();
  }

  /** Asks a part to stop (SIGTERM), and kills it only if it has not stopped within the grace. */
  boolean stop(String part, Duration grace) throws IOException {
    Optional<ProcessHandle> process = running(part);
    if (process.isPresent()) {
      ProcessHandle handle = process.get();
      markStopping(part);
      handle.destroy();
      try {
        handle.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
      } catch (Exception stillRunning) {
        handle.destroyForcibly();
      }
    }
    // An `up` that waited for this process may have started the next one and written its pid.
    if (process.isEmpty() || pidIn(part) == process.get().pid()) {
      Files.deleteIfExists(pidFile(part));
    }
    return process.isPresent();
  }

  private long pidIn(String part) {
    try {
      return Long.parseLong(Files.readAllLines(pidFile(part)).get(0).trim());
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private void markStopping(String part) throws IOException {
    if (!stopRequested(part)) {
      Files.writeString(pidFile(part), STOPPING + "\n", StandardOpenOption.APPEND);
    }
  }

  private boolean stopRequested(String part) {
    try {
      List<String> lines = Files.readAllLines(pidFile(part));
      return lines.size() > 2 && lines.get(2).equals(STOPPING);
    } catch (IOException e) {
      return false;
    }
  }

  Path log(String part) {
    return settings.logs().resolve(part + ".log");
  }

  /** The last lines of a part's log, to show why it did not start. */
  String tail(String part, int lines) {
    try {
      List<String> all = Files.readAllLines(log(part));
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no log at " + log(part) + ")";
    }
  }

  private static String commandLine(ProcessHandle handle) {
    // /proc holds the full command line even where ProcessHandle.Info gives only the executable.
    try {
      byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(handle.pid()), "cmdline"));
      return new String(raw, java.nio.charset.StandardCharsets.UTF_8).replace('\0', ' ');
    } catch (IOException e) {
      return handle.info().commandLine().orElse("");
    }
  }

  private Path pidFile(String part) {
    return settings.pids().resolve(part + ".pid");
  }
}
