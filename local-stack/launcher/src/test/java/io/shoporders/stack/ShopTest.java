package io.shoporders.stack;

import static org.assertj.core.api.Assertions.assertThat;

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
}
