package io.shoporders.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The parts of one stack, in the order they start; they stop in the reverse order. */
final class Stack {

  /** What a stack keeps in its home folder. */
  private static final List<String> HOME_ENTRIES =
      List.of(
          "logs",
          "pids",
          "kafka",
          "connect",
          "tmp",
          "postgres",
          "secrets.properties",
          "secrets.properties.lock");

  /** How much longer than its stop grace `up` waits for a stopping part before giving up. */
  private static final Duration STOP_MARGIN = Duration.ofSeconds(15);

  private final StackSettings settings;
  private final Processes processes;
  private final PostgresServer postgres;
  private final List<Part> infrastructure = new ArrayList<>();
  private final List<Part> services = new ArrayList<>();
  private final Map<String, String> environment;
  private final PrintStream out;

  Stack(StackSettings settings, PrintStream out) throws IOException {
    this.settings = settings;
    this.out = out;
    this.processes = new Processes(settings);
    Secrets secrets = Secrets.loadOrCreate(settings.home());
    this.environment = StackEnvironment.all(settings, secrets);
    this.postgres = new PostgresServer(settings, processes, secrets);
    infrastructure.add(
        settings.externalPostgres() == null
            ? postgres
            : new ExternalPostgresServer(settings, secrets));
    infrastructure.add(new KafkaBroker(settings, processes));
    infrastructure.add(
        new ConnectWorker(settings, processes, StackEnvironment.forConnect(settings, secrets)));
    infrastructure.add(new MailServer(settings, processes));
    for (ServiceSpec spec : ServiceSpec.ALL) {
      services.add(
          new QuarkusService(
              spec, settings, processes, StackEnvironment.forService(settings, secrets, spec)));
    }
  }

  /** The variables through which tests and tools reach this stack. */
  Map<String, String> environment() {
    return environment;
  }

  StackSettings settings() {
    return settings;
  }

  /**
   * Holds the stack for this launcher while it starts or stops parts: another launcher that would
   * start or stop them waits until it is released (see {@link StackLock}).
   */
  StackLock lock() throws IOException {
    return StackLock.acquire(settings.home(), out);
  }

  /** Starts what is not running yet and waits until every part is healthy. */
  void up(boolean withServices) throws Exception {
    try (StackLock held = lock()) {
      for (Part part : infrastructure) {
        startAll(List.of(part));
      }
      if (withServices) {
        startServices();
      }
    }
  }

  private void startServices() throws Exception {
    List<String> repackaged = new ServiceBuild(settings, out).ensurePackaged();
    for (Part service : services) {
      // A running service still holds the old classes: restart it on the new package.
      if (repackaged.contains(service.name()) && service.running()) {
        out.printf("  restarting %s on its new package%n", service.name());
        service.stop();
      }
    }
    startAll(services);
  }

  void down() throws Exception {
    try (StackLock held = lock()) {
      // The services stop together: each takes seconds to close its channels one by one.
      List<CompletableFuture<Void>> stopping =
          services.stream()
              .map(service -> CompletableFuture.runAsync(() -> stop(service)))
              .toList();
      stopping.forEach(CompletableFuture::join);
      for (int i = infrastructure.size() - 1; i >= 0; i--) {
        stop(infrastructure.get(i));
      }
    }
  }

  private void stop(Part part) {
    try {
      boolean wasRunning = part.running();
      part.stop();
      if (wasRunning) {
        out.printf("  stopped %s%n", part.name());
      }
    } catch (Exception e) {
      throw new CompletionException(part.name() + " did not stop", e);
    }
  }

  /**
   * Stops the stack and deletes its data, logs and secrets: only the entries the stack writes, so a
   * SHOP_HOME pointed at a folder with other files in it loses nothing else.
   */
  void wipe() throws Exception {
    try (StackLock held = lock()) {
      down();
      postgres.wipe();
      for (String entry : HOME_ENTRIES) {
        deleteTree(settings.home().resolve(entry));
      }
      out.println("  wiped the stack in " + settings.home());
    }
  }

  /** Prints each part, whether it runs and answers, and where. */
  boolean status() {
    boolean allHealthy = true;
    for (Part part : all()) {
      boolean healthy = part.healthy();
      List<String> problems = healthy ? part.problems() : List.of();
      boolean stopping = processes.stopping(part.name()).isPresent();
      String state = state(stopping, part.running(), healthy, problems);
      allHealthy &= state.equals("UP");
      out.printf("  %-21s %-9s %s%n", part.name(), state, part.endpoints().get(0));
      problems.forEach(problem -> out.printf("  %-21s %-9s %s%n", "", "", problem));
    }
    return allHealthy;
  }

  /** A part's state for `status`: a stop under way is told apart from a part that fails. */
  static String state(boolean stopping, boolean running, boolean healthy, List<String> problems) {
    if (stopping) {
      return "STOPPING";
    }
    if (!healthy) {
      return running ? "UNHEALTHY" : "DOWN";
    }
    return problems.isEmpty() ? "UP" : "DEGRADED";
  }

  Path log(String part) {
    return part.equals(PostgresServer.NAME) ? postgres.log() : processes.log(part);
  }

  Optional<Part> part(String name) {
    return all().stream().filter(part -> part.name().equals(name)).findFirst();
  }

  List<Part> all() {
    List<Part> all = new ArrayList<>(infrastructure);
    all.addAll(services);
    return all;
  }

  /** What `up` is about to do: start the stack, or only check the one already running. */
  String opening(boolean withServices) {
    List<Part> parts = withServices ? all() : infrastructure;
    boolean allUp =
        parts.stream().allMatch(p -> processes.stopping(p.name()).isEmpty() && p.healthy());
    return (allUp ? "The local stack is already running in " : "Starting the local stack in ")
        + settings.home();
  }

  private void startAll(List<Part> parts) throws Exception {
    for (Part part : parts) {
      awaitStopped(part);
      if (!part.running() && !part.healthy()) {
        out.printf("  starting %s%n", part.name());
        part.start();
      }
    }
    for (Part part : parts) {
      awaitHealthy(part);
      part.prepare();
      out.printf(
          "  %-21s UP  %s%n", part.name(), String.join("\n" + " ".repeat(28), part.endpoints()));
    }
  }

  /**
   * Waits for the old process of a part that a `./shop down` asked to stop, elsewhere or in an
   * interrupted run: started now, the new one would find the port taken, or the old one's health
   * check would pass for it until the old one exits.
   */
  private void awaitStopped(Part part) throws InterruptedException, StopTimeout {
    Optional<ProcessHandle> old = processes.stopping(part.name());
    if (old.isEmpty()) {
      return;
    }
    long pid = old.get().pid();
    out.printf("  %s is still stopping (pid %d), waiting%n", part.name(), pid);
    Duration wait = part.stopGrace().plus(STOP_MARGIN);
    if (!Processes.awaitExit(old.get(), wait)) {
      throw new StopTimeout(part.name(), pid, wait);
    }
  }

  private void awaitHealthy(Part part) throws InterruptedException, StartupFailure {
    Instant deadline = Instant.now().plus(part.startupTimeout());
    boolean missingBefore = false;
    while (!part.healthy()) {
      // A process caught in the middle of an exec (setsid becoming java) shows an empty command
      // line for a moment, so only a part missing at two checks in a row has really exited.
      boolean missing = !part.running();
      if (Instant.now().isAfter(deadline) || (missing && missingBefore)) {
        throw new StartupFailure(part.name(), log(part.name()), tail(part.name()));
      }
      missingBefore = missing;
      Thread.sleep(Duration.ofMillis(250).toMillis());
    }
  }

  private String tail(String part) {
    try {
      List<String> lines = Files.readAllLines(log(part));
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 25), lines.size()));
    } catch (IOException e) {
      return "(no log at " + log(part) + ")";
    }
  }

  private static void deleteTree(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (var walk = Files.walk(path)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** A part whose old process did not exit in time, so that its new one cannot start. */
  static final class StopTimeout extends Exception {
    StopTimeout(String part, long pid, Duration waited) {
      super(
          ("%s (pid %d) was asked to stop and still runs after %d s;"
                  + " ./shop down stops it, killing it if it must")
              .formatted(part, pid, waited.toSeconds()));
    }
  }

  /** A part that did not become healthy, with the end of its log. */
  static final class StartupFailure extends Exception {
    StartupFailure(String part, Path log, String tail) {
      super(part + " did not start; the last lines of " + log + ":\n" + tail);
    }
  }
}
