package org.fenjie.ingest.layout;

import org.fenjie.ingest.rows.DocumentHeaderReader;
import org.fenjie.ingest.rows.GridRows;
import org.fenjie.ingest.block.DocumentBlocks;
import org.fenjie.ingest.block.TableBlock;
import java.util.HashMap;
import java.util.Map;
import org.fenjie.ingest.MalformedDocumentException;
import org.fenjie.ingest.block.Boilerplate;
import org.fenjie.ingest.block.SourceText;
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
  public boolean claims(DocumentBlocks doc) {
    SourceText text = SourceText.of(doc);
    return header(text).map(h -> rows(text, h).stream().anyMatch(Row::isData)).orElse(false);
  }

  @Override
  public ParsedDocument parse(DocumentBlocks doc) throws MalformedDocumentException {
    SourceText text = SourceText.of(doc);
    Found h = header(text).orElseThrow(() ->
        new MalformedDocumentException(text.fileName(), 0, "no tab-separated header row (序号 … 责任单位 …)"));
    List<Row> rows = rows(text, h);
    Map<Integer, String> notes = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).lastLine > rows.get(i).line.line()) {
        notes.put(i + 1, "row continues on line " + rows.get(i).lastLine + " (a wrapped cell); the lines were joined");
      }
    }
    TableBlock grid = TextGrid.of(h.cells, h.header.line(), rows.stream().map(r -> r.line).toList());
    return GridRows.parse(text.fileName(), DocumentHeaderReader.read(text, h.header.line() - 1), grid, notes);
  }

  /** The header, its cells (a header cell may wrap onto a second line) and the first line after it. */
  private record Found(TableHeader header, List<String> cells, int rowsFrom) {}

  /** A table row as read, and the line it ends on when a wrapped cell made it go on over the next line. */
  private record Row(TableLine line, int lastLine) {
    boolean isData() {
      return line.isDataRow();
    }
  }

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
            return Optional.of(new Found(two.get(), merged, n + 2));
          }
        }
        return Optional.of(new Found(h.get(), cells(l), n + 1));
      }
    }
    return Optional.empty();
  }

  /** The lines after the header up to the last numbered row; a row cut short is joined with the line that goes on with it. */
  private static List<Row> rows(SourceText text, Found h) {
    List<Row> out = new ArrayList<>();
    int lastRow = 0;
    int width = h.header.roles().size();
    for (int n = h.rowsFrom; n <= text.lines().size(); n++) {
      String l = text.line(n);
      if (l.isBlank()) {
        continue;
      }
      TableLine t = new TableLine(n, cells(l));
      TableLine prev = out.isEmpty() ? null : out.get(out.size() - 1).line;
      boolean goesOn = prev != null && prev.isDataRow() && prev.cells().size() < width && !t.isDataRow()
          && !GridRows.isHeadingLine(t) && !Boilerplate.isPageNumber(l);
      if (goesOn) {
        out.set(out.size() - 1, new Row(new TableLine(prev.line(), continued(prev.cells(), t.cells())), n));
      } else {
        out.add(new Row(t, n));
      }
      if (out.get(out.size() - 1).isData()) {
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
