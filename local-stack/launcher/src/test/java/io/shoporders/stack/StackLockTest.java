package io.shoporders.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackLockTest {

  @TempDir Path home;

  private Process other;

  @AfterEach
  void killTheOtherLauncher() {
    if (other != null) {
      other.destroyForcibly();
    }
  }

  @Test
  void aLauncherThatDoesNotWaitIsRefusedWithTheHoldersCommandAndPid() throws Exception {
    other = otherLauncherHolding(60_000);

    assertThatThrownBy(() -> StackLock.acquireOrRefuse(home, "./shop bench"))
        .isInstanceOf(StackLock.Busy.class)
        .hasMessageStartingWith("./shop bench did not run: ./shop (pid " + other.pid() + ")")
        .hasMessageNotContaining("\n");
  }

  @Test
  void aWaitingLauncherSaysOnceWhomItWaitsForAndGoesOnWhenTheOtherIsDone() throws Exception {
    other = otherLauncherHolding(1_500);
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    long start = System.nanoTime();

    try (StackLock held = StackLock.acquire(home, new PrintStream(said, true))) {
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofSeconds(1));
    }

    assertThat(said.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "Waiting for ./shop (pid %d) to finish starting or stopping the stack in %s%n",
            other.pid(), home);
  }

  @Test
  void aKilledLauncherLeavesNoLockBehind() throws Exception {
    other = otherLauncherHolding(60_000);

    other.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

    try (StackLock held = StackLock.acquireOrRefuse(home, "./shop bench")) {
      assertThat(home.resolve(StackLock.FILE))
          .content()
          .startsWith(ProcessHandle.current().pid() + "\n");
    }
  }

  @Test
  void theLockIsHeldUntilTheLastNestedHoldIsReleased() throws Exception {
    StackLock outer = StackLock.acquire(home, System.out);
    StackLock inner = StackLock.acquire(home, System.out);
    inner.close();

    assertThat(otherLauncherCanTakeTheLock()).isFalse();

    outer.close();
    assertThat(otherLauncherCanTakeTheLock()).isTrue();
  }

  @Test
  void theCommandIsWhatFollowsTheLaunchersJar() {
    List<String> jvm = List.of("-Dshop.repository=/repo", "-jar", "/repo/shop.jar", "down");

    assertThat(StackLock.commandOf(jvm)).isEqualTo("./shop down");
    assertThat(StackLock.commandOf(List.of("-cp", "classes", "Main"))).isEqualTo("./shop");
  }

  @Test
  void aLockFileWithoutAPidNamesNobody() {
    assertThat(StackLock.Holder.parse("")).isNull();
    assertThat(StackLock.Holder.parse("42\n./shop up\n")).hasToString("./shop up (pid 42)");
  }

  /** Another JVM, as a second ./shop would be; returns once it holds the lock. */
  private Process otherLauncherHolding(long millis) throws Exception {
    Process process = javaRunning(LockingLauncher.class, home.toString(), Long.toString(millis));
    BufferedReader said = new BufferedReader(new InputStreamReader(process.getInputStream()));
    assertThat(said.readLine()).isEqualTo("held");
    return process;
  }

  private boolean otherLauncherCanTakeTheLock() throws Exception {
    Process process = javaRunning(LockingLauncher.class, home.toString(), "0");
    boolean ended = process.waitFor(3, TimeUnit.SECONDS);
    process.destroyForcibly();
    return ended && process.exitValue() == 0;
  }

  private static Process javaRunning(Class<?> main, String... args) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        new java.util.ArrayList<>(
            List.of(java.toString(), "-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }
}
