package org.fenjie.ingest.rows;

import java.util.List;
import java.util.Map;
import org.fenjie.ingest.block.Location;

/**
 * A data row with its cells assigned to column roles, before document-wide decisions (sections,
 * unit grouping, leader pairing). {@code headings} are those seen before and inside the row;
 * {@code extra} holds the cells of columns without a known role (header → text, in column order);
 * {@code notes} are anomalies found in the row itself.
 */
record RowDraft(Location at, String seq, List<Heading> headings, String task, Map<ColumnRole, String> cells,
    Map<String, String> extra, List<String> notes) {

  String cell(ColumnRole role) {
    return cells.getOrDefault(role, "");
  }
}
