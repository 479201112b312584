package io.shoporders.inventory.domain;

import static java.util.stream.Collectors.toSet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a catalogue file in CSV: a header row naming the columns (any order), then one product per
 * line. Fields with a comma or a quote are quoted, a quote inside doubled. A row that cannot be
 * read becomes a rejected row, never a partly read product.
 */
public final class CatalogueCsv {

  /** The columns, named as in the JSON format; supplier may be empty. */
  public static final List<String> COLUMNS =
      List.of(
          "sku",
          "name",
          "unitPriceMinor",
          "currency",
          "vatRateBasisPoints",
          "weightGrams",
          "lengthMm",
          "widthMm",
          "heightMm",
          "active",
          "shipsFrom",
          "supplier");

  private CatalogueCsv() {}

  /** The rows of {@code text}, numbered from 1 after the header. */
  public static List<ImportRow> read(String text) {
    List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
    if (lines.isEmpty()) {
      return List.of(ImportRow.rejected(0, null, new FieldError("file", "the file is empty")));
    }
    List<String> header = fields(lines.get(0));
    List<ImportRow> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      rows.add(row(i, header, lines.get(i)));
    }
    return rows;
  }

  private static ImportRow row(int number, List<String> header, String line) {
    List<String> values = fields(line);
    if (values.size() != header.size()) {
      return ImportRow.rejected(
          number,
          null,
          new FieldError("row", "expected " + header.size() + " fields, got " + values.size()));
    }
    Map<String, String> byColumn = new java.util.HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      byColumn.put(header.get(i).trim(), values.get(i).isEmpty() ? null : values.get(i));
    }
    return spec(number, byColumn);
  }

  private static ImportRow spec(int number, Map<String, String> row) {
    Cells cells = new Cells(row);
    ProductSpec spec =
        new ProductSpec(
            row.get("sku"),
            row.get("name"),
            cells.whole("unitPriceMinor", Long::valueOf),
            row.get("currency"),
            cells.whole("vatRateBasisPoints", Integer::valueOf),
            cells.whole("weightGrams", Integer::valueOf),
            cells.whole("lengthMm", Integer::valueOf),
            cells.whole("widthMm", Integer::valueOf),
            cells.whole("heightMm", Integer::valueOf),
            cells.bool("active"),
            row.get("shipsFrom"),
            row.get("supplier"));
    return new ImportRow(number, spec.sku(), spec, cells.problemsWith(spec.problems()));
  }

  /**
   * The typed cells of one row. A cell that cannot be read is reported by its column, without the
   * cell's text, and stands as absent; the product's own check then skips that column.
   */
  private static final class Cells {

    private final Map<String, String> row;
    private final List<FieldError> unreadable = new ArrayList<>();

    Cells(Map<String, String> row) {
      this.row = row;
    }

    <T> T whole(String column, Function<String, T> parser) {
      String value = row.get(column);
      try {
        return value == null ? null : parser.apply(value.trim());
      } catch (NumberFormatException notAWholeNumber) {
        unreadable.add(new FieldError(column, column + " must be a whole number in range"));
        return null;
      }
    }

    Boolean bool(String column) {
      String value = row.get(column) == null ? null : row.get(column).trim();
      if (value != null && !value.equals("true") && !value.equals("false")) {
        unreadable.add(new FieldError(column, column + " must be true or false"));
        return null;
      }
      return value == null ? null : Boolean.valueOf(value);
    }

    /** The unreadable cells and the product's problems with the other columns, in column order. */
    List<FieldError> problemsWith(List<FieldError> productProblems) {
      List<FieldError> problems = new ArrayList<>(unreadable);
      Set<String> reported = unreadable.stream().map(FieldError::field).collect(toSet());
      productProblems.stream().filter(p -> !reported.contains(p.field())).forEach(problems::add);
      problems.sort(Comparator.comparingInt(problem -> COLUMNS.indexOf(problem.field())));
      return problems;
    }
  }

  /** Splits one line at commas outside quotes; a doubled quote inside quotes is one quote. */
  static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
