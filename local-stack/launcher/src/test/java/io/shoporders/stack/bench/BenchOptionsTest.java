package io.shoporders.stack.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

  @Test
  void optionsAndTheirValuesAreRead() {
    BenchOptions options =
        BenchOptions.parse(
            List.of("--rate", "120", "--duration", "2m", "--warmup", "500ms", "--no-baseline"));

    assertThat(options.rate()).isEqualTo(120);
    assertThat(options.duration()).isEqualTo(Duration.ofMinutes(2));
    assertThat(options.warmup()).isEqualTo(Duration.ofMillis(500));
    assertThat(options.baseline()).isFalse();
    assertThat(options.sustained()).isFalse();
  }

  @Test
  void aSustainedSearchTakesItsStepAndCeiling() {
    BenchOptions options =
        BenchOptions.parse(List.of("--sustained", "--step", "50", "--max-rate", "300"));

    assertThat(options.sustained()).isTrue();
    assertThat(options.step()).isEqualTo(50);
    assertThat(options.maxRate()).isEqualTo(300);
  }

  @Test
  void aTypoOrAMissingValueIsRefused() {
    assertThatThrownBy(() -> BenchOptions.parse(List.of("--rat", "5")))
        .hasMessageContaining("--rat");
    assertThatThrownBy(() -> BenchOptions.parse(List.of("--rate"))).hasMessageContaining("--rate");
    assertThatThrownBy(() -> BenchOptions.parse(List.of("--duration", "10h")))
        .hasMessageContaining("10h");
  }

  @Test
  void aMisspeltOptionIsNamedOnOneLineWithTheValidOnes() {
    assertThatThrownBy(() -> BenchOptions.parse(List.of("--rtae", "5")))
        .hasMessageStartingWith("./shop bench does not take --rtae; it takes --rate N,")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> BenchOptions.parse(List.of("--rate")))
        .hasMessage("./shop bench: --rate needs a value");
  }

  @Test
  void aRateOrDurationThatCannotMeanAnythingIsRefusedBeforeAnyWork() {
    assertThatThrownBy(() -> BenchOptions.parse(List.of("--rate", "-5")))
        .hasMessageContaining("--rate must be above 0");
    assertThatThrownBy(() -> BenchOptions.parse(List.of("--rate", "0")))
        .hasMessageContaining("--rate must be above 0");
    assertThatThrownBy(() -> BenchOptions.parse(List.of("--duration", "0s")))
        .hasMessageContaining("--duration must be above 0");
    assertThatThrownBy(() -> BenchOptions.parse(List.of("--drain", "-1s")))
        .hasMessageContaining("--drain");
  }
}
