package io.shoporders.inventory.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The all-or-nothing rule of a catalogue import: one refused row refuses the whole file. */
public final class CatalogueImport {

  private CatalogueImport() {}

  /** The rows, with a sku that appears on an earlier row refused as a duplicate. */
  public static List<ImportRow> checked(List<ImportRow> rows) {
    Set<String> seen = new HashSet<>();
    List<ImportRow> checked = new ArrayList<>();
    for (ImportRow row : rows) {
      boolean duplicate = row.sku() != null && !seen.add(row.sku());
      checked.add(duplicate ? duplicateOf(row) : row);
    }
    return checked;
  }

  /** Whether every row may be saved: only then is anything saved. */
  public static boolean importable(List<ImportRow> rows) {
    return !rows.isEmpty() && rows.stream().allMatch(ImportRow::accepted);
  }

  private static ImportRow duplicateOf(ImportRow row) {
    List<FieldError> problems = new ArrayList<>(row.problems());
    problems.add(new FieldError("sku", "sku " + row.sku() + " appears on an earlier row"));
    return new ImportRow(row.row(), row.sku(), row.spec(), problems);
  }
}
