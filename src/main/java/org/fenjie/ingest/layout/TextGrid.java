package org.fenjie.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import org.fenjie.ingest.block.Cell;
import org.fenjie.ingest.block.Location;
import org.fenjie.ingest.block.TableBlock;
import org.fenjie.ingest.rows.TableLine;

/**
 * The grid a text-table layout hands to the row builder: its header cells as the first row, then each
 * line it read as a row of cells, padded with empty cells to the widest row (text has no merged cells).
 */
final class TextGrid {
  private TextGrid() {}

  static TableBlock of(List<String> headerCells, int headerLine, List<TableLine> lines) {
    List<TableLine> all = new ArrayList<>();
    all.add(new TableLine(headerLine, headerCells));
    all.addAll(lines);
    int width = all.stream().mapToInt(l -> l.cells().size()).max().orElse(1);
    List<List<Cell>> rows = new ArrayList<>();
    for (TableLine l : all) {
      List<Cell> row = new ArrayList<>();
      for (int c = 0; c < width; c++) {
        row.add(Cell.of(c < l.cells().size() ? l.cells().get(c) : "", l.at()));
      }
      rows.add(row);
    }
    return new TableBlock(rows, Location.line(headerLine));
  }
}
