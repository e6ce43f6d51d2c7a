package org.fenjie.ingest.layout;

import org.fenjie.ingest.rows.DocumentHeaderReader;
import org.fenjie.ingest.rows.GridRows;
import org.fenjie.ingest.block.DocumentBlocks;
import org.fenjie.ingest.block.TableBlock;
import java.util.Map;
import org.fenjie.ingest.MalformedDocumentException;
import org.fenjie.ingest.block.Boilerplate;
import org.fenjie.ingest.block.SourceText;
import org.fenjie.ingest.rows.ColumnRole;
import org.fenjie.ingest.rows.Heading;
import org.fenjie.ingest.rows.TableHeader;
import org.fenjie.ingest.rows.TableLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fenjie.model.ParsedDocument;

/**
 * A table extracted one cell at a time (南安's 责任分解表): every cell starts on a line beginning
 * with a TAB and may go on over the following lines (one unit or person per line). Claimed when
 * the header cells (序号, 具体目标任务, 牵头单位 …) each start such a line; a row starts at a cell
 * holding only its number, and heading cells between rows are sections.
 */
public final class CellBlockTableLayout implements DocumentLayout {
  @Override
  public String name() {
    return "cell-block-table";
  }

  @Override
  public boolean claims(DocumentBlocks doc) {
    List<Cell> cells = cells(SourceText.of(doc));
    int start = headerStart(cells);
    return start >= 0 && header(cells, start).isPresent()
        && cells.subList(start, cells.size()).stream().anyMatch(c -> TableLine.isSeq(c.text));
  }

  @Override
  public ParsedDocument parse(DocumentBlocks doc) throws MalformedDocumentException {
    SourceText text = SourceText.of(doc);
    List<Cell> cells = cells(text);
    int start = headerStart(cells);
    TableHeader h = (start < 0 ? Optional.<TableHeader>empty() : header(cells, start)).orElseThrow(() ->
        new MalformedDocumentException(text.fileName(), 0, "no header cells (序号, 目标任务, 责任单位 …) on TAB-led lines"));
    List<String> headerCells = cells.subList(start, start + h.roles().size()).stream().map(Cell::text).toList();
    TableBlock grid = TextGrid.of(headerCells, h.line(), rows(cells.subList(start + h.roles().size(), cells.size()), h));
    return GridRows.parse(text.fileName(), DocumentHeaderReader.read(text, h.line() - 1), grid, Map.of());
  }

  /** One cell: where it starts and its text, lines kept apart by '\n'. */
  private record Cell(int line, String text) {}

  private static List<Cell> cells(SourceText text) {
    List<Cell> cells = new ArrayList<>();
    StringBuilder cur = null;
    int curLine = 0;
    int blanks = 0;
    for (int n = 1; n <= text.lines().size(); n++) {
      String l = text.line(n);
      if (l.startsWith("\t")) {
        if (cur != null) {
          cells.add(new Cell(curLine, cur.toString()));
        }
        String[] parts = l.substring(1).split("\t", -1);
        for (int k = 0; k < parts.length - 1; k++) {
          cells.add(new Cell(n, parts[k]));
        }
        cur = new StringBuilder(parts[parts.length - 1]);
        curLine = n;
        blanks = 0;
      } else if (l.isBlank()) {
        blanks++;
      } else if (cur != null && (blanks >= 2 || Boilerplate.isSignature(l) || Boilerplate.isPageNumber(l))) {
        cells.add(new Cell(curLine, cur.toString()));
        cur = null; // the table ended: what follows is the signature block or junk
      } else if (cur != null) {
        cur.append('\n').append(l);
        blanks = 0;
      }
    }
    if (cur != null) {
      cells.add(new Cell(curLine, cur.toString()));
    }
    return cells;
  }

  /** Index of the first cell that is 序号 and starts a line of its own (no other cell on it). */
  private static int headerStart(List<Cell> cells) {
    for (int i = 0; i < cells.size(); i++) {
      boolean alone = (i == 0 || cells.get(i - 1).line != cells.get(i).line)
          && (i + 1 == cells.size() || cells.get(i + 1).line != cells.get(i).line);
      if (alone && ColumnRole.of(cells.get(i).text) == ColumnRole.SEQ) {
        return i;
      }
    }
    return -1;
  }

  private static Optional<TableHeader> header(List<Cell> cells, int start) {
    List<String> names = new ArrayList<>();
    for (int i = start; i < cells.size() && ColumnRole.of(cells.get(i).text) != null; i++) {
      names.add(cells.get(i).text);
    }
    return TableHeader.recognise(names, cells.get(start).line);
  }

  /** Groups cells into rows: a number cell starts a row; a heading cell outside a row's task position is a line of its own. */
  private static List<TableLine> rows(List<Cell> cells, TableHeader h) {
    List<TableLine> out = new ArrayList<>();
    List<String> cur = null;
    int curLine = 0;
    for (int i = 0; i < cells.size(); i++) {
      Cell c = cells.get(i);
      boolean number = TableLine.isSeq(c.text);
      boolean heading = Heading.of(c.text).isPresent();
      if (ColumnRole.of(c.text) == ColumnRole.SEQ) {
        i += h.roles().size() - 1; // the header again after a page break
      } else if (number && (cur == null || cur.size() >= 2) || heading && (cur == null || cur.size() != 1)) {
        if (cur != null) {
          out.add(new TableLine(curLine, cur));
        }
        cur = heading ? null : new ArrayList<>(List.of(c.text));
        curLine = c.line;
        if (heading) {
          out.add(new TableLine(c.line, List.of(c.text)));
        }
      } else if (cur != null) {
        cur.add(c.text);
      } else {
        out.add(new TableLine(c.line, List.of(c.text)));
      }
    }
    if (cur != null) {
      out.add(new TableLine(curLine, cur));
    }
    return out;
  }
}
