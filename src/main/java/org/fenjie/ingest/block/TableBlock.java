package org.fenjie.ingest.block;

import java.util.List;

/**
 * A table as a rectangular grid: every row has the same number of cells, merged cells resolved (see
 * {@link Cell}). The header row(s) are ordinary rows here; a layout finds them by their spellings.
 */
public record TableBlock(List<List<Cell>> rows, Location at) implements Block {
  public TableBlock {
    rows = rows.stream().map(List::copyOf).toList();
    int width = rows.isEmpty() ? 0 : rows.get(0).size();
    for (List<Cell> r : rows) {
      if (r.size() != width) {
        throw new IllegalArgumentException("ragged grid: a row of " + r.size() + " cells in a table " + width + " wide");
      }
    }
  }

  public int width() {
    return rows.isEmpty() ? 0 : rows.get(0).size();
  }
}
