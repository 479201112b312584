package io.shoporders.stack.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Writes a report as report.json and report.md in a folder named after its start time. */
final class ResultsFolder {

  private static final DateTimeFormatter FOLDER =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private ResultsFolder() {}

  static Path write(Path results, Instant start, BenchReport report) throws IOException {
    Path folder = Files.createDirectories(results.resolve(FOLDER.format(start)));
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    json.writeValue(folder.resolve("report.json").toFile(), report);
    Files.writeString(folder.resolve("report.md"), markdown(report));
    return folder;
  }

  static String markdown(BenchReport report) {
    return "# ./shop bench, "
        + report.machine().date()
        + "\n\n"
        + "Options: `"
        + report.options()
        + "`\n\n"
        + ReportTable.markdown(ReportTable.rows(report));
  }
}
