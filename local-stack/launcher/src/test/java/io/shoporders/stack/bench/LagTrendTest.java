package io.shoporders.stack.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LagTrendTest {

  @Test
  void aSteadyClimbIsItsSlope() {
    List<LagTrend.Sample> climbing =
        List.of(sample(0, 100), sample(1, 150), sample(2, 200), sample(3, 250));

    assertThat(LagTrend.slope(climbing)).isCloseTo(50.0, within(1e-9));
  }

  @Test
  void lagThatGoesUpAndDownIsFlat() {
    List<LagTrend.Sample> noisy =
        List.of(sample(0, 40), sample(1, 5), sample(2, 38), sample(3, 7), sample(4, 41));
    double slope = LagTrend.slope(noisy);

    assertThat(LagTrend.isFlat(slope, 500, 4)).isTrue();
  }

  @Test
  void aBacklogGrowingByMoreThanOneSecondOfEventsIsNotFlat() {
    assertThat(LagTrend.isFlat(50, 500, 30)).isFalse();
    assertThat(LagTrend.isFlat(10, 500, 30)).isTrue();
  }

  @Test
  void oneSampleHasNoSlope() {
    assertThat(LagTrend.slope(List.of(sample(0, 999)))).isZero();
  }

  private static LagTrend.Sample sample(double seconds, long lag) {
    return new LagTrend.Sample(seconds, lag);
  }
}
