package org.fenjie.ingest.rows;

import org.fenjie.ingest.block.CellText;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One table row as a layout's reader found it: its cells in order and the 1-based lines where it
 * starts and ends (a row whose cell wrapped spans two lines). A data row's first cell is its number; other lines hold headings or junk.
 */
public record TableLine(int line, List<String> cells, int lastLine) {
  private static final Pattern SEQ = Pattern.compile("[(（]?\\d{1,4}[)）]?[.、．]?");

  public TableLine {
    cells = List.copyOf(cells);
  }

  public TableLine(int line, List<String> cells) {
    this(line, cells, line);
  }

  /** A numbered row: a number cell followed by at least one more cell (a lone "3" is a page number). */
  public boolean isDataRow() {
    return cells.size() >= 2 && isSeq(cells.get(0));
  }

  public static boolean isSeq(String cell) {
    return SEQ.matcher(CellText.name(cell)).matches();
  }

  /** The printed number without its punctuation: "12." → "12", "（3）" → "3". */
  String seq() {
    return CellText.name(cells.get(0)).replaceAll("[(（)）.、．]", "");
  }

  boolean isBlank() {
    return cells.stream().allMatch(c -> CellText.name(c).isEmpty());
  }
}
