package org.fenjie.ingest.read;

import java.util.ArrayList;
import java.util.List;
import org.fenjie.ingest.block.Cell;
import org.fenjie.ingest.block.Location;
import org.fenjie.ingest.block.TableBlock;

/**
 * Lays out table cells with row and column spans on a rectangular grid, the way HTML resolves rowspan and
 * colspan (and Word gridSpan and vMerge): a merged cell fills every position it covers, the covered ones
 * marked spanned. Rows left short are padded with empty cells, so the result is always rectangular.
 */
final class SpanGrid {
  /** A hostile colspan="100000" must not allocate a giant grid; no real breakdown table is this wide. */
  static final int MAX_COLUMNS = 64;

  private final List<List<Cell>> rows = new ArrayList<>();
  private final List<Location> rowAt = new ArrayList<>();

  /** Starts row {@code r} (rows are started in order), found at {@code at}. */
  void startRow(int r, Location at) {
    ensureRow(r);
    rowAt.set(r, at);
  }

  /** The first position at or after {@code col} in row {@code r} that no cell from an earlier row covers. */
  int nextFree(int r, int col) {
    ensureRow(r);
    List<Cell> row = rows.get(r);
    while (col < row.size() && row.get(col) != null) {
      col++;
    }
    return col;
  }

  /** Puts a cell at (r, col) covering rowspan × colspan positions; returns the column after it. */
  int place(int r, int col, int rowspan, int colspan, String text, Location at) {
    int width = Math.max(1, Math.min(colspan, MAX_COLUMNS - col));
    for (int i = 0; i < Math.max(1, rowspan); i++) {
      ensureRow(r + i);
      for (int j = 0; j < width; j++) {
        set(r + i, col + j, new Cell(text, i > 0 || j > 0, at));
      }
    }
    return col + width;
  }

  /** Word's vMerge="continue": the positions (r, col…col+colspan) continue the cell above. */
  int continueFromAbove(int r, int col, int colspan) {
    Cell above = r > 0 ? cell(r - 1, col) : null;
    if (above == null) {
      return place(r, col, 1, colspan, "", rowAt(r));
    }
    int width = Math.max(1, Math.min(colspan, MAX_COLUMNS - col));
    for (int j = 0; j < width; j++) {
      Cell a = cell(r - 1, col + j);
      set(r, col + j, new Cell(a == null ? above.text() : a.text(), true, a == null ? above.at() : a.at()));
    }
    return col + width;
  }

  Cell cell(int r, int col) {
    if (r < 0 || r >= rows.size() || col >= rows.get(r).size()) {
      return null;
    }
    return rows.get(r).get(col);
  }

  int rowCount() {
    return rows.size();
  }

  /** The grid as a table: every row as wide as the widest, free positions empty; null when there are no cells. */
  TableBlock table(Location at) {
    int width = rows.stream().mapToInt(List::size).max().orElse(0);
    if (width == 0) {
      return null;
    }
    List<List<Cell>> grid = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<Cell> row = new ArrayList<>(rows.get(r));
      Location where = rowAt(r);
      for (int c = 0; c < width; c++) {
        if (c >= row.size()) {
          row.add(Cell.of("", where));
        } else if (row.get(c) == null) {
          row.set(c, Cell.of("", where));
        }
      }
      grid.add(row);
    }
    return new TableBlock(grid, at);
  }

  private Location rowAt(int r) {
    Location l = r < rowAt.size() ? rowAt.get(r) : null;
    return l == null ? Location.UNKNOWN : l;
  }

  private void set(int r, int col, Cell c) {
    List<Cell> row = rows.get(r);
    while (row.size() <= col) {
      row.add(null);
    }
    if (row.get(col) == null) { // a position covered twice keeps its first cell, as browsers do
      row.set(col, c);
    }
  }

  private void ensureRow(int r) {
    while (rows.size() <= r) {
      rows.add(new ArrayList<>());
      rowAt.add(null);
    }
  }
}
