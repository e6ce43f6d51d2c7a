package org.fenjie.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fenjie.model.ParsedDocument;

/**
 * A table extracted one row per line with TAB-separated cells (晋江's and 泉港's 责任分解表):
 * claimed when some line is a header row of known column spellings (see {@link TableHeader})
 * followed by numbered rows. Headings may be cells of a row or lines of their own; page breaks
 * repeat the header; lines after the last row (signature, junk) are ignored.
 */
public final class LineTableLayout implements DocumentLayout {
  @Override
  public String name() {
    return "line-table";
  }

  @Override
  public boolean claims(SourceText text) {
    return header(text).map(h -> !rows(text, h).stream().noneMatch(TableLine::isDataRow)).orElse(false);
  }

  @Override
  public ParsedDocument parse(SourceText text) throws MalformedDocumentException {
    TableHeader h = header(text).orElseThrow(() ->
        new MalformedDocumentException(text.fileName(), 0, "no tab-separated header row (序号 … 责任单位 …)"));
    return new BreakdownTable(text, h, rows(text, h)).parse();
  }

  static Optional<TableHeader> header(SourceText text) {
    for (int n = 1; n <= text.lines().size(); n++) {
      String l = text.line(n);
      if (l.indexOf('\t') >= 0) {
        Optional<TableHeader> h = TableHeader.recognise(List.of(l.split("\t", -1)), n);
        if (h.isPresent()) {
          return h;
        }
      }
    }
    return Optional.empty();
  }

  /** The lines after the header up to the last numbered row; a line without tabs is one cell. */
  private static List<TableLine> rows(SourceText text, TableHeader h) {
    List<TableLine> out = new ArrayList<>();
    int lastRow = 0;
    for (int n = h.line() + 1; n <= text.lines().size(); n++) {
      String l = text.line(n);
      if (l.isBlank()) {
        continue;
      }
      TableLine t = new TableLine(n, List.of(l.split("\t", -1)));
      out.add(t);
      if (t.isDataRow() && l.indexOf('\t') >= 0) {
        lastRow = out.size();
      }
    }
    return out.subList(0, lastRow);
  }
}
