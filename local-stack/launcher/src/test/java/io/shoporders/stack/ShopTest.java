package io.shoporders.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShopTest {

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
}
