package io.shoporders.stack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTableTest {

  @Test
  void theTableShowsBaselineIntakeSagaAndResources() {
    String text = ReportTable.text(ReportTable.rows(report(null)));

    assertThat(text)
        .contains("PostgreSQL order+outbox commits/s")
        .contains("1234")
        .contains("12.5 / 30.0 / 45.0 / 80.0")
        .contains("POST to SHIPPED")
        .contains("order-service CPU s")
        .doesNotContain("sustained");
  }

  @Test
  void theSectionNameIsPrintedOncePerSection() {
    String text = ReportTable.text(ReportTable.rows(report(null)));

    assertThat(text.lines().filter(line -> line.startsWith("saga "))).hasSize(1);
  }

  @Test
  void aSustainedSearchListsItsStepsAndTheHighestRate() {
    String markdown = ResultsFolder.markdown(report(100.0));

    assertThat(markdown)
        .contains("| sustained | step 100 orders/s | kept up")
        .contains("| sustained | highest rate that kept up | 100 orders/s |");
  }

  @Test
  void missingFiguresShowAsADash() {
    assertThat(ReportTable.number(Double.NaN)).isEqualTo("-");
    assertThat(ReportTable.number(4.04)).isEqualTo("4.0");
    assertThat(ReportTable.number(2345.6)).isEqualTo("2346");
  }

  private static BenchReport report(Double highest) {
    Percentiles intake = new Percentiles(1000, 12.5, 30, 45, 80);
    RunResult run =
        new RunResult(
            100,
            60,
            6000,
            6000,
            0,
            0,
            intake,
            List.of(
                new RunResult.MilestoneFigure(
                    "SHIPPED", new Percentiles(5400, 300, 600, 900, 1200))),
            5400,
            600,
            0,
            0,
            11.5,
            0.2,
            true,
            List.of(new ResourceMeter.Use("order-service", 30, 0.5, 420, ResourceMeter.PEAK_RSS)));
    return new BenchReport(
        new BenchReport.Machine(2, "2026-12-04T20:00:00Z", "17", "Linux"),
        Map.of("rate", 100),
        new Baseline(1234, 5678),
        List.of(run),
        highest);
  }
}
