package org.fenjie.ingest.layout;

import org.fenjie.ingest.rows.BreakdownTable;
import org.fenjie.ingest.MalformedDocumentException;
import org.fenjie.ingest.block.Boilerplate;
import org.fenjie.ingest.read.SourceText;
import org.fenjie.ingest.rows.TableHeader;
import org.fenjie.ingest.rows.TableLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fenjie.model.ParsedDocument;

/**
 * A table extracted one row per line with TAB-separated cells (晋江's and 泉港's 责任分解表):
 * claimed when some line is a header row of known column spellings (see {@link TableHeader})
 * followed by numbered rows. Headings may be cells of a row or lines of their own; page breaks
 * repeat the header; a row cut short by a wrapped cell goes on in the next line (its first cell
 * continues the row's last cell); lines after the last row (signature, junk) are ignored.
 */
public final class LineTableLayout implements DocumentLayout {
  @Override
  public String name() {
    return "line-table";
  }

  @Override
  public boolean claims(SourceText text) {
    return header(text).map(h -> rows(text, h).stream().anyMatch(TableLine::isDataRow)).orElse(false);
  }

  @Override
  public ParsedDocument parse(SourceText text) throws MalformedDocumentException {
    Found h = header(text).orElseThrow(() ->
        new MalformedDocumentException(text.fileName(), 0, "no tab-separated header row (序号 … 责任单位 …)"));
    return new BreakdownTable(text, h.header, rows(text, h)).parse();
  }

  /** The header and the first line after it (a header cell may wrap onto a second line). */
  private record Found(TableHeader header, int rowsFrom) {}

  private static Optional<Found> header(SourceText text) {
    for (int n = 1; n <= text.lines().size(); n++) {
      String l = text.line(n);
      if (l.indexOf('\t') < 0) {
        continue;
      }
      Optional<TableHeader> h = TableHeader.recognise(cells(l), n);
      if (h.isPresent()) {
        if (n < text.lines().size() && !text.line(n + 1).isBlank()) {
          List<String> merged = continued(cells(l), cells(text.line(n + 1)));
          Optional<TableHeader> two = TableHeader.recognise(merged, n);
          if (two.isPresent() && two.get().roles().size() >= h.get().roles().size()) {
            return Optional.of(new Found(two.get(), n + 2));
          }
        }
        return Optional.of(new Found(h.get(), n + 1));
      }
    }
    return Optional.empty();
  }

  /** The lines after the header up to the last numbered row; a row cut short is joined with the line that goes on with it. */
  private static List<TableLine> rows(SourceText text, Found h) {
    List<TableLine> out = new ArrayList<>();
    int lastRow = 0;
    int width = h.header.roles().size();
    for (int n = h.rowsFrom; n <= text.lines().size(); n++) {
      String l = text.line(n);
      if (l.isBlank()) {
        continue;
      }
      TableLine t = new TableLine(n, cells(l));
      TableLine prev = out.isEmpty() ? null : out.get(out.size() - 1);
      boolean goesOn = prev != null && prev.isDataRow() && prev.cells().size() < width && !t.isDataRow()
          && !BreakdownTable.isHeadingLine(t) && !Boilerplate.isPageNumber(l);
      if (goesOn) {
        out.set(out.size() - 1, new TableLine(prev.line(), continued(prev.cells(), t.cells()), n));
      } else {
        out.add(t);
      }
      if (out.get(out.size() - 1).isDataRow()) {
        lastRow = out.size();
      }
    }
    return out.subList(0, lastRow);
  }

  private static List<String> cells(String line) {
    return List.of(line.split("\t", -1));
  }

  /** Cells of a line cut short, followed by the next line: its first cell continues the last one. */
  private static List<String> continued(List<String> first, List<String> next) {
    List<String> out = new ArrayList<>(first);
    String last = out.remove(out.size() - 1);
    out.add(last + "\n" + next.get(0));
    out.addAll(next.subList(1, next.size()));
    return out;
  }
}
