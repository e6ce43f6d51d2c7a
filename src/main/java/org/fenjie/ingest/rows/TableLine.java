package org.fenjie.ingest.rows;

import java.util.List;
import java.util.regex.Pattern;
import org.fenjie.ingest.block.CellText;
import org.fenjie.ingest.block.Location;

/**
 * One table row as cells in order (trailing empty cells left out), and where it starts. A data row's
 * first cell is its number; other rows hold headings or junk.
 */
public record TableLine(Location at, List<String> cells) {
  private static final Pattern SEQ = Pattern.compile("[(（]?\\d{1,4}[)）]?[.、．]?");

  public TableLine {
    cells = List.copyOf(cells);
  }

  public TableLine(int line, List<String> cells) {
    this(Location.line(line), cells);
  }

  /** The 1-based line the row starts on, 0 for formats without lines. */
  public int line() {
    return at.line();
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
