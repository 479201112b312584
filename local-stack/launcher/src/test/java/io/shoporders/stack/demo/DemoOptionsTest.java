package io.shoporders.stack.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoOptionsTest {

  @Test
  void withoutOptionsTenOrdersASecondAndFiveMinutes() {
    DemoOptions options = DemoOptions.parse(List.of());

    assertThat(options.ordersPerSecond()).isEqualTo(10);
    assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(300));
  }

  @Test
  void rateAndTimeoutAreRead() {
    DemoOptions options = DemoOptions.parse(List.of("--rate=2.5", "--timeout=60"));

    assertThat(options.ordersPerSecond()).isEqualTo(2.5);
    assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void aValueMayFollowItsOptionAsTheNextArgument() {
    DemoOptions options = DemoOptions.parse(List.of("--rate", "4", "--timeout", "90"));

    assertThat(options.ordersPerSecond()).isEqualTo(4);
    assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(90));
    assertThat(DemoOptions.firstUnknown(List.of("--rate", "4", "--timeout", "90"))).isNull();
  }

  @Test
  void aRateOfZeroOrNotANumberIsRefused() {
    assertThatThrownBy(() -> DemoOptions.parse(List.of("--rate=0")))
        .hasMessageContaining("--rate=0");
    assertThatThrownBy(() -> DemoOptions.parse(List.of("--timeout=soon")))
        .hasMessageContaining("--timeout=soon");
  }

  @Test
  void aMisspeltOptionIsNamed() {
    assertThat(DemoOptions.firstUnknown(List.of("--rate=5", "--rtae=5"))).isEqualTo("--rtae=5");
    assertThat(DemoOptions.firstUnknown(List.of("--rate=5"))).isNull();
  }
}
