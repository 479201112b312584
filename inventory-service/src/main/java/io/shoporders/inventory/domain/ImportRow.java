package io.shoporders.inventory.domain;

import java.util.List;

/**
 * One row of a catalogue file: the product it describes, or why it was refused (or both, when the
 * row was read but a field is out of range).
 */
public record ImportRow(int row, String sku, ProductSpec spec, List<FieldError> problems) {

  public ImportRow {
    problems = List.copyOf(problems);
  }

  /** A row that was read; its problems are the product's own. */
  public static ImportRow of(int row, ProductSpec spec) {
    return new ImportRow(row, spec.sku(), spec, spec.problems());
  }

  /** A row that could not even be read. */
  public static ImportRow rejected(int row, String sku, FieldError problem) {
    return new ImportRow(row, sku, null, List.of(problem));
  }

  public boolean accepted() {
    return problems.isEmpty();
  }
}
