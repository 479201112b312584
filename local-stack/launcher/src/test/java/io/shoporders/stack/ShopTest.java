package io.shoporders.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoporders.stack.bench.Bench;
import io.shoporders.stack.demo.Demo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShopTest {

  @TempDir Path home;

  @Test
  void aMisspeltDemoOptionIsNamedOnOneLineWithTheValidOnes() {
    String unknown = Shop.unknownOption("demo", List.of("--rtae", "5"));

    String message = Shop.unknownOptionMessage("demo", unknown);

    assertThat(message)
        .isEqualTo("./shop demo does not take --rtae; it takes --rate N, --timeout S")
        .doesNotContain("\n");
  }

  @Test
  void aMisspeltUpOptionIsNamedWithTheValidOnes() {
    String unknown = Shop.unknownOption("up", List.of("--clena"));

    assertThat(Shop.unknownOptionMessage("up", unknown))
        .isEqualTo("./shop up does not take --clena; it takes --clean, --infra");
  }

  @Test
  void aCommandWithoutOptionsSaysSo() {
    assertThat(Shop.unknownOptionMessage("down", "--now"))
        .isEqualTo("./shop down does not take --now; it takes no options");
  }

  @Test
  void benchUsageErrorsExitWithTwoLikeEveryOtherCommands() throws Exception {
    Shop shop = new Shop(StackSettings.fromEnvironment(home, Map.of()));

    assertThat(shop.run(List.of("bench", "--rate"))).isEqualTo(2);
    assertThat(shop.run(List.of("bench", "--rate", "fast"))).isEqualTo(2);
    assertThat(shop.run(List.of("bench", "--rtae", "5"))).isEqualTo(2);
    assertThat(shop.run(List.of("demo", "--rate", "-1"))).isEqualTo(2);
    assertThat(shop.run(List.of("up", "--clena"))).isEqualTo(2);
  }

  @Test
  void aBadValueIsNamedWithItsCommand() {
    assertThat(Shop.usageError("bench", List.of("--duration", "1h")))
        .isEqualTo("./shop bench: not a duration (500ms, 45s, 2m): 1h");
    assertThat(Shop.usageError("bench", List.of("--rate", "5"))).isNull();
  }

  @Test
  void aDemoOrBenchStoppedUnderItsStackEndsWithItsOwnLineAndStatusOne() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int demo = Shop.failed(new Demo.Stopped("./shop demo stopped: x"), new PrintStream(err, true));
    int bench =
        Shop.failed(new Bench.Stopped("./shop bench stopped: y"), new PrintStream(err, true));

    assertThat(demo).isEqualTo(1);
    assertThat(bench).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("./shop demo stopped: x%n./shop bench stopped: y%n".formatted());
  }

  @Test
  void aLauncherThatDoesNotWaitForAnotherExitsWithTwo() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = Shop.failed(new StackLock.Busy("./shop bench did not run"), new PrintStream(err));

    assertThat(status).isEqualTo(2);
  }
}
