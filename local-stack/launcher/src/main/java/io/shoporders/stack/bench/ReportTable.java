package io.shoporders.stack.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The report as one table of figures: printed as text, or written as Markdown. */
final class ReportTable {

  /** One line of the table. */
  record Row(String section, String figure, String value) {}

  private ReportTable() {}

  static List<Row> rows(BenchReport report) {
    List<Row> rows = new ArrayList<>();
    BenchReport.Machine machine = report.machine();
    rows.add(new Row("machine", "cores, date", machine.cores() + ", " + machine.date()));
    rows.add(new Row("machine", "java, os", machine.java() + ", " + machine.os()));
    baselineRows(report.baseline(), rows);
    runRows(report.featured(), rows);
    sustainedRows(report, rows);
    return rows;
  }

  private static void baselineRows(Baseline baseline, List<Row> rows) {
    if (baseline == null) {
      return;
    }
    rows.add(
        new Row(
            "baseline",
            "PostgreSQL order+outbox commits/s",
            number(baseline.postgresCommitsPerSecond())));
    rows.add(
        new Row(
            "baseline",
            "Connect outbox-to-Kafka events/s",
            number(baseline.relayEventsPerSecond())));
  }

  private static void runRows(RunResult run, List<Row> rows) {
    rows.add(
        new Row(
            "load",
            "rate, measured span",
            number(run.rate()) + " orders/s, " + number(run.seconds()) + " s"));
    rows.add(
        new Row(
            "load",
            "sent, accepted, busy (503), error rate",
            run.sent()
                + ", "
                + run.accepted()
                + ", "
                + run.busy()
                + ", "
                + percent(run.errorRate())));
    rows.add(new Row("intake", "POST /orders p50/p95/p99/max ms", latency(run.intake(), true)));
    for (RunResult.MilestoneFigure figure : run.saga()) {
      rows.add(
          new Row(
              "saga",
              "POST to " + figure.milestone() + " p50/p95/p99 ms (n)",
              latency(figure.fromPost(), false) + " (" + figure.fromPost().count() + ")"));
    }
    rows.add(
        new Row(
            "saga",
            "shipped, cancelled, unfinished, unexpected",
            run.shipped()
                + ", "
                + run.cancelled()
                + ", "
                + run.unfinished()
                + ", "
                + run.unexpected()));
    rows.add(new Row("saga", "events per finished order", number(run.eventsPerOrder())));
    rows.add(
        new Row(
            "backlog",
            "consumer lag growth/s, flat",
            number(run.lagSlope()) + ", " + (run.lagFlat() ? "yes" : "no")));
    for (ResourceMeter.Use use : run.resources()) {
      rows.add(
          new Row(
              "resources",
              use.part() + " CPU s (share of a core), " + use.memory() + " MB",
              number(use.cpuSeconds())
                  + " ("
                  + percent(use.cpuShare())
                  + "), "
                  + number(use.memoryMb())));
    }
  }

  private static void sustainedRows(BenchReport report, List<Row> rows) {
    if (report.highestSustainedRate() == null) {
      return;
    }
    for (RunResult step : report.runs()) {
      rows.add(
          new Row(
              "sustained",
              "step " + number(step.rate()) + " orders/s",
              (step.keptUp() ? "kept up" : "fell behind")
                  + ": unfinished "
                  + step.unfinished()
                  + ", lag growth/s "
                  + number(step.lagSlope())
                  + ", errors "
                  + percent(step.errorRate())));
    }
    rows.add(
        new Row(
            "sustained",
            "highest rate that kept up",
            number(report.highestSustainedRate()) + " orders/s"));
  }

  static String text(List<Row> rows) {
    int figureWidth = rows.stream().mapToInt(row -> row.figure().length()).max().orElse(0);
    StringBuilder text = new StringBuilder();
    String section = "";
    for (Row row : rows) {
      String shown = row.section().equals(section) ? "" : row.section();
      section = row.section();
      text.append(
          String.format(
              Locale.ROOT, "%-10s %-" + figureWidth + "s  %s%n", shown, row.figure(), row.value()));
    }
    return text.toString();
  }

  static String markdown(List<Row> rows) {
    StringBuilder markdown = new StringBuilder("| section | figure | value |\n|---|---|---|\n");
    for (Row row : rows) {
      markdown
          .append("| ")
          .append(row.section())
          .append(" | ")
          .append(row.figure())
          .append(" | ")
          .append(row.value())
          .append(" |\n");
    }
    return markdown.toString();
  }

  private static String latency(Percentiles p, boolean withMax) {
    String figures = number(p.p50()) + " / " + number(p.p95()) + " / " + number(p.p99());
    return withMax ? figures + " / " + number(p.max()) : figures;
  }

  static String number(double value) {
    if (Double.isNaN(value)) {
      return "-";
    }
    return Math.abs(value) >= 100
        ? String.format(Locale.ROOT, "%.0f", value)
        : String.format(Locale.ROOT, "%.1f", value);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}
