package org.fenjie.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One physical table row as a layout's reader found it: its cells in order and the 1-based line
 * where it starts. A data row's first cell is its number; other lines hold headings or junk.
 */
record TableLine(int line, List<String> cells) {
  private static final Pattern SEQ = Pattern.compile("\\d{1,4}[.、．]?");

  TableLine {
    cells = List.copyOf(cells);
  }

  boolean isDataRow() {
    return !cells.isEmpty() && SEQ.matcher(CellText.name(cells.get(0))).matches();
  }

  /** The printed number without trailing punctuation: "12." → "12". */
  String seq() {
    return CellText.name(cells.get(0)).replaceAll("[.、．]$", "");
  }

  boolean isBlank() {
    return cells.stream().allMatch(c -> CellText.name(c).isEmpty());
  }
}
