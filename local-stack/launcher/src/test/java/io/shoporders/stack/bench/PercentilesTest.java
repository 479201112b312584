package io.shoporders.stack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

  @Test
  void nearestRankOfOneToHundredMillisecondsIsTheRankItself() {
    List<Long> micros =
        new ArrayList<>(LongStream.rangeClosed(1, 100).map(i -> i * 1000).boxed().toList());
    Collections.shuffle(micros);

    Percentiles p = Percentiles.ofMicros(micros);

    assertThat(p.count()).isEqualTo(100);
    assertThat(p.p50()).isEqualTo(50.0);
    assertThat(p.p95()).isEqualTo(95.0);
    assertThat(p.p99()).isEqualTo(99.0);
    assertThat(p.max()).isEqualTo(100.0);
  }

  @Test
  void aSingleSlowRequestShowsInTheMaxAndNotInTheMedian() {
    List<Long> micros = new ArrayList<>(Collections.nCopies(999, 2_000L));
    micros.add(900_000L);

    Percentiles p = Percentiles.ofMicros(micros);

    assertThat(p.p50()).isEqualTo(2.0);
    assertThat(p.p99()).isEqualTo(2.0);
    assertThat(p.max()).isEqualTo(900.0);
  }

  @Test
  void smallSetsRoundTheRankUp() {
    assertThat(Percentiles.rank(new long[] {10, 20, 30}, 50)).isEqualTo(20);
    assertThat(Percentiles.rank(new long[] {10, 20, 30}, 99)).isEqualTo(30);
    assertThat(Percentiles.rank(new long[] {10}, 50)).isEqualTo(10);
  }

  @Test
  void nothingRecordedGivesNoFigures() {
    Percentiles p = Percentiles.ofMicros(List.of());

    assertThat(p.count()).isZero();
    assertThat(p.p99()).isNaN();
  }
}
