package io.shoporders.inventory.api;

import io.shoporders.inventory.domain.FieldError;
import io.shoporders.inventory.domain.ImportRow;
import java.util.List;

/** What became of a catalogue file: imported whole, or refused with every rejected row. */
record ImportReport(boolean imported, int rows, int saved, List<RejectedRow> rejected) {

  /** A refused row: its number after the header, its sku when known, and why. */
  record RejectedRow(int row, String sku, List<FieldError> errors) {}

  static ImportReport imported(List<ImportRow> rows) {
    return new ImportReport(true, rows.size(), rows.size(), List.of());
  }

  static ImportReport refused(List<ImportRow> rows) {
    List<RejectedRow> rejected =
        rows.stream()
            .filter(row -> !row.accepted())
            .map(row -> new RejectedRow(row.row(), row.sku(), row.problems()))
            .toList();
    return new ImportReport(false, rows.size(), 0, rejected);
  }
}
