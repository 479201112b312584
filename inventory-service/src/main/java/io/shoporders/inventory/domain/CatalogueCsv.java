package io.shoporders.inventory.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
    try {
      ProductSpec spec =
          new ProductSpec(
              row.get("sku"),
              row.get("name"),
              parse(row.get("unitPriceMinor"), Long::valueOf),
              row.get("currency"),
              parse(row.get("vatRateBasisPoints"), Integer::valueOf),
              parse(row.get("weightGrams"), Integer::valueOf),
              parse(row.get("lengthMm"), Integer::valueOf),
              parse(row.get("widthMm"), Integer::valueOf),
              parse(row.get("heightMm"), Integer::valueOf),
              bool(row.get("active")),
              row.get("shipsFrom"),
              row.get("supplier"));
      return ImportRow.of(number, spec);
    } catch (NumberFormatException notANumber) {
      return ImportRow.rejected(
          number,
          row.get("sku"),
          new FieldError("row", "a number column holds text: " + notANumber.getMessage()));
    }
  }

  private static <T> T parse(String value, Function<String, T> parser) {
    return value == null ? null : parser.apply(value.trim());
  }

  private static Boolean bool(String value) {
    if (value == null || !Arrays.asList("true", "false").contains(value.trim())) {
      return null;
    }
    return Boolean.valueOf(value.trim());
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
