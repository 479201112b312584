package io.shoporders.stack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  @Test
  void onAConsoleTheLineIsRedrawnInPlace() {
    ProgressBar bar = new ProgressBar(out, "placing", 4, null);

    bar.show(1, "orders");
    bar.show(2, "orders");
    bar.finish(4, "orders in 1.0 s");

    assertThat(text()).startsWith("\r").contains("2/4 orders").endsWith("4/4 orders in 1.0 s\n");
  }

  @Test
  void withoutAConsoleEveryLineIsPlainAndRepeatsComeOnlyAfterTheInterval() {
    ProgressBar bar = new ProgressBar(out, "placing", 300, Duration.ofMinutes(1));

    for (int done = 1; done <= 300; done++) {
      bar.show(done, "orders");
    }
    bar.finish(300, "orders in 30.0 s");

    assertThat(text()).doesNotContain("\r");
    assertThat(text().lines())
        .containsExactly(
            "  placing   [........................................] 1/300 orders",
            "  placing   [########################################] 300/300 orders in 30.0 s");
  }

  @Test
  void printedToAStreamOtherThanTheConsoleTheBarIsPlain() {
    ProgressBar.on(out, "finishing", 2).show(1, "orders");

    assertThat(text()).doesNotContain("\r").endsWith("1/2 orders\n");
  }

  private String text() {
    return printed.toString(StandardCharsets.UTF_8);
  }
}
