package io.shoporders.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessesTest {

  @TempDir Path home;

  private ProcessHandle started;

  @AfterEach
  void killLeftovers() {
    if (started != null) {
      started.destroyForcibly();
    }
  }

  @Test
  void startedProcessIsFoundByItsPidFileAndStoppedByPid() throws Exception {
    Processes processes = new Processes(settings());
    started = processes.start("sleeper", sleeperMarkedWith(home.toString()), Map.of());

    assertThat(processes.running("sleeper")).contains(started);

    processes.stop("sleeper", Duration.ofSeconds(5));

    assertThat(started.isAlive()).isFalse();
    assertThat(processes.running("sleeper")).isEmpty();
  }

  @Test
  void pidOfAProcessWithoutTheStackMarkerIsNeverTrusted() throws Exception {
    Processes processes = new Processes(settings());
    started = new ProcessBuilder(sleeperMarkedWith("/somewhere/else")).start().toHandle();
    processes.remember("stranger", started.pid(), home.toString());

    boolean stopped = processes.stop("stranger", Duration.ofSeconds(1));

    assertThat(stopped).isFalse();
    assertThat(started.isAlive()).isTrue();
  }

  @Test
  void aProcessAskedToStopIsStoppingUntilItExits() throws Exception {
    Processes processes = new Processes(settings());
    started = processes.start("stubborn", stubbornMarkedWith(home.toString()), Map.of());
    awaitLogged(processes, "stubborn", "ignoring SIGTERM");
    assertThat(processes.stopping("stubborn")).isEmpty();

    CompletableFuture<Boolean> down =
        CompletableFuture.supplyAsync(() -> stop(processes, "stubborn", Duration.ofSeconds(3)));

    awaitStopping(processes, "stubborn");
    assertThat(processes.stopping("stubborn")).contains(started);
    assertThat(Processes.awaitExit(started, Duration.ofMillis(200))).isFalse();
    assertThat(down.get(10, TimeUnit.SECONDS)).isTrue();
    assertThat(Processes.awaitExit(started, Duration.ofSeconds(5))).isTrue();
    assertThat(processes.stopping("stubborn")).isEmpty();
  }

  @Test
  void aRunningProcessNobodyAskedToStopIsNotStopping() throws Exception {
    Processes processes = new Processes(settings());
    started = processes.start("sleeper", sleeperMarkedWith(home.toString()), Map.of());

    assertThat(processes.running("sleeper")).contains(started);
    assertThat(processes.stopping("sleeper")).isEmpty();
  }

  @Test
  void logKeepsWhatTheProcessPrinted() throws Exception {
    Processes processes = new Processes(settings());
    ProcessHandle echo =
        processes.start("echo", List.of("sh", "-c", "echo ready; : " + home), Map.of());
    echo.onExit().get();

    assertThat(Files.readString(processes.log("echo"))).contains("ready");
    assertThat(processes.tail("echo", 1)).isEqualTo("ready");
  }

  @Test
  void partInheritsNoDatabasePasswordButItsOwn() {
    Map<String, String> shell =
        Map.of("PATH", "/usr/bin", "ORDERS_DB_PASSWORD", "o", "CDC_DB_PASSWORD", "c");

    Map<String, String> child =
        Processes.childEnvironment(shell, Map.of("PAYMENTS_DB_PASSWORD", "p"));

    assertThat(child)
        .containsEntry("PATH", "/usr/bin")
        .containsEntry("PAYMENTS_DB_PASSWORD", "p")
        .doesNotContainKeys("ORDERS_DB_PASSWORD", "CDC_DB_PASSWORD");
  }

  private StackSettings settings() {
    return new StackSettings(home, home, 0, null, List.of());
  }

  /** A process that ignores SIGTERM, as a service busy leaving its consumer groups seems to. */
  private static List<String> stubbornMarkedWith(String marker) {
    return List.of("sh", "-c", "trap '' TERM; echo ignoring SIGTERM; sleep 10", marker);
  }

  private static boolean stop(Processes processes, String part, Duration grace) {
    try {
      return processes.stop(part, grace);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until the process has printed the line, so it is past its set-up. */
  private static void awaitLogged(Processes processes, String part, String line) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!processes.tail(part, 1).equals(line) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }

  private static void awaitStopping(Processes processes, String part) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (processes.stopping(part).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }

  /** A long sleep whose command line carries the marker, as every part of a stack does. */
  private static List<String> sleeperMarkedWith(String marker) {
    return List.of("sh", "-c", "sleep 30", marker);
  }
}
