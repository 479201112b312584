package io.shoporders.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFollowerTest {

  @TempDir Path logs;

  @Test
  void aLongLogShowsItsLastLinesAndSaysWhereTheRestIs() throws Exception {
    Path log = logWithLines(250);

    List<String> shown = print(log);

    assertThat(shown).hasSize(201);
    assertThat(shown.get(0)).isEqualTo("line 51");
    assertThat(shown.get(200))
        .isEqualTo("(the last 200 of 250 lines; the whole log is " + log + ")");
  }

  @Test
  void aShortLogIsShownWhole() throws Exception {
    assertThat(print(logWithLines(3))).containsExactly("line 1", "line 2", "line 3");
  }

  private Path logWithLines(int count) throws Exception {
    Path log = logs.resolve("order-service.log");
    Files.write(log, IntStream.rangeClosed(1, count).mapToObj(i -> "line " + i).toList());
    return log;
  }

  private static List<String> print(Path log) throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    LogFollower.print(log, false, new PrintStream(printed, true, StandardCharsets.UTF_8));
    return printed.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
