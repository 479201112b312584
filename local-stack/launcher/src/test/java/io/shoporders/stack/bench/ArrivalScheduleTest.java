package io.shoporders.stack.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ArrivalScheduleTest {

  @Test
  void hundredPerSecondAreTenMillisecondsApart() {
    ArrivalSchedule schedule = new ArrivalSchedule(100, Duration.ZERO, Duration.ofSeconds(2));

    assertThat(schedule.count()).isEqualTo(200);
    assertThat(schedule.dueNanos(0)).isZero();
    assertThat(schedule.dueNanos(1)).isEqualTo(10_000_000);
    assertThat(schedule.dueNanos(199)).isEqualTo(1_990_000_000);
  }

  @Test
  void warmupRequestsComeFirstAndAreMarked() {
    ArrivalSchedule schedule =
        new ArrivalSchedule(50, Duration.ofSeconds(1), Duration.ofSeconds(3));

    assertThat(schedule.count()).isEqualTo(200);
    assertThat(schedule.inWarmup(49)).isTrue();
    assertThat(schedule.inWarmup(50)).isFalse();
  }

  @Test
  void fractionalRatesKeepTheirAverage() {
    ArrivalSchedule schedule = new ArrivalSchedule(2.5, Duration.ZERO, Duration.ofSeconds(10));

    assertThat(schedule.count()).isEqualTo(25);
    assertThat(schedule.dueNanos(5)).isEqualTo(2_000_000_000);
  }

  @Test
  void aRateOfZeroIsRefused() {
    assertThatThrownBy(() -> new ArrivalSchedule(0, Duration.ZERO, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
