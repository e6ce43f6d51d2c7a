package org.fenjie.ingest.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.fenjie.ingest.block.Cell;
import org.fenjie.ingest.block.Location;
import org.fenjie.ingest.block.TableBlock;
import org.fenjie.ingest.read.PdfGlyphs.Glyph;
import org.fenjie.ingest.read.PdfGlyphs.Line;

/**
 * A PDF table rebuilt from text positions: the body lines are cut into the header's column bands, a row
 * starts where the 序号 column prints a number. A row's cells are either top-aligned (the number on the
 * row's first line) or vertically centred (the number in the middle of the row); the reading that puts
 * every cell's text closest to its number is taken. Lines of a cell are joined: without a break where the
 * line was full (the text wrapped), with '\n' where it stopped short (a new paragraph, a second unit).
 */
final class PdfTable {
  private static final Pattern SEQ = Pattern.compile("[（(]?\\d{1,3}[.、)）]?");

  private PdfTable() {}

  /** The grid of {@code body} (lines in reading order over all pages), the header row first. */
  static TableBlock grid(PdfColumns cols, List<Line> body, int headerPage) {
    int seqCol = cols.column((cols.seqLeft() + cols.seqRight()) / 2);
    List<Integer> anchors = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      if (SEQ.matcher(columnText(body.get(i), cols, seqCol)).matches()) {
        anchors.add(i);
      }
    }
    int[] top = topAligned(body, anchors);
    int[] middle = centred(body, anchors);
    int[] rowOf = error(body, anchors, top, cols, true) <= error(body, anchors, middle, cols, false) ? top : middle;

    float[] maxRight = new float[cols.width()];
    for (Line l : body) {
      for (Glyph g : l.glyphs()) {
        int c = cols.column(g.x() + g.width() / 2);
        maxRight[c] = Math.max(maxRight[c], g.right());
      }
    }
    List<List<Cell>> rows = new ArrayList<>();
    List<Cell> header = new ArrayList<>();
    for (String h : cols.headers()) {
      header.add(Cell.of(h, Location.page(headerPage)));
    }
    rows.add(header);
    for (int r = 0; r < anchors.size(); r++) {
      Location at = Location.page(body.get(anchors.get(r)).page());
      List<Cell> row = new ArrayList<>();
      for (int c = 0; c < cols.width(); c++) {
        StringBuilder text = new StringBuilder();
        boolean lastFull = false;
        for (int i = 0; i < body.size(); i++) {
          if (rowOf[i] != r) {
            continue;
          }
          String part = columnText(body.get(i), cols, c);
          if (part.isEmpty()) {
            continue;
          }
          if (!text.isEmpty()) {
            text.append(lastFull ? "" : "\n");
          }
          text.append(part);
          lastFull = lineRight(body.get(i), cols, c) >= maxRight[c] - widest(body.get(i)) * 0.7f;
        }
        row.add(Cell.of(text.toString(), at));
      }
      rows.add(row);
    }
    return new TableBlock(rows, Location.page(headerPage));
  }

  /** Rows start at their number's line; lines before the first number continue nothing (row 0). */
  private static int[] topAligned(List<Line> body, List<Integer> anchors) {
    int[] rowOf = new int[body.size()];
    int r = 0;
    for (int i = 0; i < body.size(); i++) {
      while (r + 1 < anchors.size() && anchors.get(r + 1) <= i) {
        r++;
      }
      rowOf[i] = r;
    }
    return rowOf;
  }

  /** Rows centred on their number: a row ends as far below its number as it began above it. */
  private static int[] centred(List<Line> body, List<Integer> anchors) {
    int[] rowOf = new int[body.size()];
    int r = 0;
    float rowTop = Float.NaN;
    int page = -1;
    for (int i = 0; i < body.size(); i++) {
      Line l = body.get(i);
      if (l.page() != page) {
        page = l.page();
        rowTop = l.y() - l.height();
        while (r + 1 < anchors.size() && body.get(anchors.get(r)).page() < page) {
          r++;
        }
      }
      while (r + 1 < anchors.size() && body.get(anchors.get(r)).page() == page) {
        Line a = body.get(anchors.get(r));
        float bottom = 2 * (a.y() - a.height() / 2) - rowTop;
        if (l.y() - l.height() / 2 <= bottom || anchors.get(r) > i) {
          break;
        }
        rowTop = bottom;
        r++;
      }
      rowOf[i] = r;
    }
    return rowOf;
  }

  /** How far each row's cell texts sit from its number: their first line (top) or their middle (centred). */
  private static double error(List<Line> body, List<Integer> anchors, int[] rowOf, PdfColumns cols, boolean top) {
    double sum = 0;
    for (int r = 0; r < anchors.size(); r++) {
      float anchorY = body.get(anchors.get(r)).y();
      for (int c = 0; c < cols.width(); c++) {
        float first = Float.NaN;
        float last = Float.NaN;
        for (int i = 0; i < body.size(); i++) {
          if (rowOf[i] == r && body.get(i).page() == body.get(anchors.get(r)).page()
              && !columnText(body.get(i), cols, c).isEmpty()) {
            first = Float.isNaN(first) ? body.get(i).y() : first;
            last = body.get(i).y();
          }
        }
        if (!Float.isNaN(first)) {
          sum += Math.abs((top ? first : (first + last) / 2) - anchorY);
        }
      }
    }
    return sum;
  }

  static String columnText(Line l, PdfColumns cols, int c) {
    List<Glyph> in = l.glyphs().stream().filter(g -> cols.column(g.x() + g.width() / 2) == c).toList();
    return in.isEmpty() ? "" : new Line(l.page(), in).text();
  }

  /** The widest glyph of a line: a full-width character, the room a wrapped line lacked. */
  private static float widest(Line l) {
    return (float) l.glyphs().stream().mapToDouble(Glyph::width).max().orElse(0);
  }

  private static float lineRight(Line l, PdfColumns cols, int c) {
    float right = 0;
    for (Glyph g : l.glyphs()) {
      if (cols.column(g.x() + g.width() / 2) == c) {
        right = Math.max(right, g.right());
      }
    }
    return right;
  }
}
