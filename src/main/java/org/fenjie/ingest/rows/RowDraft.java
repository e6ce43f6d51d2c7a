package org.fenjie.ingest.rows;

import java.util.List;
import java.util.Map;

/**
 * A data row with its cells assigned to column roles, before document-wide decisions (sections,
 * unit grouping, leader pairing). {@code headings} are those seen before and inside the row;
 * {@code notes} are anomalies found in the row itself.
 */
record RowDraft(int line, String seq, List<Heading> headings, String task, Map<ColumnRole, String> cells, List<String> notes) {

  String cell(ColumnRole role) {
    return cells.getOrDefault(role, "");
  }
}
