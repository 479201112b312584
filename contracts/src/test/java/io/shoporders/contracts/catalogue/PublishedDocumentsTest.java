package io.shoporders.contracts.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas, the AsyncAPI document and the README's tables are generated from the records
 * and the saga table. These tests fail when a committed file differs from what the code says, and
 * name the command that regenerates it.
 */
class PublishedDocumentsTest {

  private static final String OUT_OF_DATE =
      "%s is out of date with the records of the contracts module.%n"
          + "Regenerate it, then review and commit the difference:%n  "
          + PublishedDocuments.REGENERATE_COMMAND;

  @Test
  void committedSchemasMatchTheRecords() {
    Map<Path, String> expected = PublishedDocuments.schemas();

    expected.forEach(this::compareOrRegenerate);

    assertThat(filesIn(PublishedDocuments.SCHEMAS))
        .as("schema files that no event has any more: delete them")
        .containsExactlyInAnyOrderElementsOf(expected.keySet());
  }

  @Test
  void committedAsyncApiMatchesTheRecordsAndTheSaga() {
    String expected = PublishedDocuments.asyncApi();

    compareOrRegenerate(PublishedDocuments.ASYNCAPI, expected);
  }

  @Test
  void readmeTablesMatchTheRecordsAndTheSaga() {
    String expected = PublishedDocuments.readme();

    compareOrRegenerate(PublishedDocuments.README, expected);
  }

  private void compareOrRegenerate(Path file, String expected) {
    if (PublishedDocuments.regenerating()) {
      PublishedDocuments.write(file, expected);
    }
    String committed = PublishedDocuments.read(file);

    if (!committed.equals(expected)) {
      fail(String.format(OUT_OF_DATE, file) + firstDifference(committed, expected));
    }
  }

  /** Where the committed file first differs, rather than both files in full. */
  private static String firstDifference(String committed, String expected) {
    List<String> was = committed.lines().toList();
    List<String> is = expected.lines().toList();
    int line = 0;
    while (line < Math.min(was.size(), is.size()) && was.get(line).equals(is.get(line))) {
      line++;
    }
    return String.format(
        "%nFirst difference at line %d:%n  committed: %s%n  generated: %s",
        line + 1,
        line < was.size() ? was.get(line) : "(end of file)",
        line < is.size() ? is.get(line) : "(end of file)");
  }

  private static List<Path> filesIn(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.toList();
    } catch (IOException e) {
      throw new IllegalStateException("cannot list " + folder, e);
    }
  }
}
