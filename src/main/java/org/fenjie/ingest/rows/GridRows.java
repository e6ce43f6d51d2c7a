package org.fenjie.ingest.rows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fenjie.ingest.MalformedDocumentException;
import org.fenjie.ingest.block.Boilerplate;
import org.fenjie.ingest.block.Cell;
import org.fenjie.ingest.block.CellText;
import org.fenjie.ingest.block.Location;
import org.fenjie.ingest.block.TableBlock;
import org.fenjie.model.IngestWarning;
import org.fenjie.model.Leader;
import org.fenjie.model.ParsedDocument;
import org.fenjie.model.TaskRow;

/**
 * The one row builder: turns a 责任分解 table grid (from any reader or text layout) into task rows from its
 * header row's column roles — headings to sections, cells to roles, unit cells to names, leaders paired
 * with units, deadlines read, other columns kept in {@code extra}, ids and warnings. Every data row becomes
 * exactly one task row; what could not be read cleanly becomes a warning on that row, and so do signs that
 * the table was cut short.
 */
public final class GridRows {
  private final String source;
  private final DocumentHeader doc;
  private final TableHeader header;
  private final List<TableLine> lines;
  private final Map<Integer, String> lineNotes;
  private final List<IngestWarning> warnings = new ArrayList<>();

  private GridRows(String source, DocumentHeader doc, TableHeader header, List<TableLine> lines,
      Map<Integer, String> lineNotes) {
    this.source = source;
    this.doc = doc;
    this.header = header;
    this.lines = lines;
    this.lineNotes = lineNotes;
  }

  /**
   * The rows of {@code grid}: its first row that is a header row (see {@link TableHeader}) gives the column
   * roles, the rows after it are read; rows before it (a title row) are not. {@code rowNotes} are what the
   * layout noticed about a grid row while building it (a wrapped line joined), keyed by grid row index.
   */
  public static ParsedDocument parse(String source, DocumentHeader doc, TableBlock grid, Map<Integer, String> rowNotes)
      throws MalformedDocumentException {
    List<TableLine> all = lines(grid);
    for (int h = 0; h < all.size(); h++) {
      Optional<TableHeader> header = TableHeader.recognise(all.get(h).cells(), all.get(h).line());
      if (header.isPresent()) {
        Map<Integer, String> notes = new HashMap<>();
        int first = h + 1;
        rowNotes.forEach((k, v) -> notes.put(k - first, v));
        return new GridRows(source, doc, header.get(), all.subList(h + 1, all.size()), notes).parse();
      }
    }
    throw new MalformedDocumentException(source, grid.at().line(), "a table without a header row (序号, 目标任务, 责任单位 …)");
  }

  /** True when some row of {@code grid} is a header row followed by a numbered row. */
  public static boolean hasHeaderAndRows(TableBlock grid) {
    List<TableLine> all = lines(grid);
    for (int h = 0; h < all.size(); h++) {
      if (TableHeader.recognise(all.get(h).cells(), 0).isPresent()) {
        return all.subList(h + 1, all.size()).stream().anyMatch(TableLine::isDataRow);
      }
    }
    return false;
  }

  /**
   * Grid rows as lines of cells: a cell a colspan repeated from its left neighbour is empty here (a section
   * row spanning the table is one heading), a rowspan keeps its text in every row it covers (a merged unit
   * cell names the unit of each row), trailing empty cells are left out.
   */
  static List<TableLine> lines(TableBlock grid) {
    List<TableLine> out = new ArrayList<>();
    for (List<Cell> row : grid.rows()) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < row.size(); c++) {
        Cell cell = row.get(c);
        boolean colspan = cell.spanned() && c > 0 && row.get(c - 1).text().equals(cell.text());
        cells.add(colspan ? "" : cell.text());
      }
      while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
        cells.remove(cells.size() - 1);
      }
      Location at = row.isEmpty() ? grid.at() : row.get(0).at();
      out.add(new TableLine(at, cells.isEmpty() ? List.of("") : cells));
    }
    return out;
  }

  private ParsedDocument parse() throws MalformedDocumentException {
    List<RowDraft> drafts = drafts();
    if (drafts.isEmpty()) {
      throw new MalformedDocumentException(source, header.line(), "a table header but no numbered rows after it");
    }
    String key = RowIds.documentKey(doc.region(), doc.year(), TaskRow.KIND_BREAKDOWN);
    List<String> ids = ids(key, drafts);
    SectionResolver sections = new SectionResolver(drafts.stream().map(RowDraft::headings).toList());
    List<List<String>> paths = sections.resolve();
    sections.notes().forEach(n -> warn(drafts.get(n.row()), ids.get(n.row()), null, n.message()));
    UnitColumns units = new UnitColumns(drafts, regionStem(doc.region()));
    List<List<Leader>> leaders = units.leaders();
    units.notes().forEach(n -> warn(drafts.get(n.row()), ids.get(n.row()), n.field(), n.message()));
    List<TaskRow> rows = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      RowDraft d = drafts.get(i);
      for (String note : d.notes()) {
        warn(d, ids.get(i), null, note);
      }
      String deadline = CellText.clean(d.cell(ColumnRole.DEADLINE));
      deadline = deadline.isEmpty() ? null : deadline;
      rows.add(new TaskRow(ids.get(i), doc.region(), doc.year(), TaskRow.KIND_BREAKDOWN, doc.docNo(), doc.docTitle(),
          doc.docDate(), source, paths.get(i), d.seq(), d.task(), units.lead(i), units.support(i),
          leaders.get(i), units.overseers(i), deadline, DeadlineText.isoLastDay(deadline, doc.year()), d.extra(),
          d.at().page() > 0 ? d.at().page() : null));
    }
    RowDraft last = drafts.get(drafts.size() - 1);
    new CutShort(header).check(drafts, rows).forEach(s -> warn(last, ids.get(ids.size() - 1), s.field(), s.message()));
    return new ParsedDocument(source, rows, List.of(), warnings);
  }

  private List<RowDraft> drafts() {
    RowDrafter drafter = new RowDrafter(header, knownLabels());
    List<RowDraft> drafts = new ArrayList<>();
    List<Heading> pending = new ArrayList<>();
    for (int k = 0; k < lines.size(); k++) {
      TableLine l = lines.get(k);
      if (l.isBlank() || header.isRepeatedBy(l.cells()) || Boilerplate.isPageNumber(String.join(" ", l.cells()))) {
        continue;
      }
      if (l.isDataRow()) {
        RowDraft d = drafter.draft(l, pending);
        String note = lineNotes.get(k);
        if (note != null) {
          d.notes().add(note);
        }
        drafts.add(d);
        pending = new ArrayList<>();
        continue;
      }
      List<Heading> hs = headingsOf(l);
      String loose = CellText.clean(String.join(" ", l.cells()));
      if (!hs.isEmpty()) {
        pending.addAll(hs);
      } else if (l.cells().size() == 1 && pending.isEmpty() && !drafts.isEmpty()) {
        drafts.set(drafts.size() - 1, continued(drafts.get(drafts.size() - 1), loose, l.line()));
      } else if (!drafts.isEmpty() || ColumnRole.of(loose) == null) {
        warnings.add(warning(l.at(), null, null, "ignored a line that is neither a numbered row nor a heading: " + loose));
      }
    }
    return drafts;
  }

  /** A row whose task went on in a line of its own (a cell wrapped by the extraction): the text is appended. */
  private static RowDraft continued(RowDraft d, String more, int line) {
    List<String> notes = new ArrayList<>(d.notes());
    notes.add("task text continued on line " + line + " outside the table cells; joined to the task");
    return new RowDraft(d.at(), d.seq(), d.headings(), CellText.joinLines(d.task(), more), d.cells(), d.extra(), notes);
  }

  public static boolean isHeadingLine(TableLine l) {
    return !headingsOf(l).isEmpty();
  }

  /** The headings of a heading-only line, or empty when any non-empty cell is not a heading. */
  private static List<Heading> headingsOf(TableLine l) {
    List<Heading> hs = new ArrayList<>();
    for (String c : l.cells()) {
      if (CellText.clean(c).isEmpty()) {
        continue;
      }
      Optional<Heading> h = Heading.of(c);
      if (h.isEmpty()) {
        return List.of();
      }
      hs.add(h.get());
    }
    return hs;
  }

  /** Every label printed as a heading on its own somewhere, to split the ones glued to task text. */
  private Set<String> knownLabels() {
    Set<String> labels = new LinkedHashSet<>();
    for (TableLine l : lines) {
      for (String c : l.cells()) {
        Heading.of(c).filter(h -> h.level() == 2).ifPresent(h -> labels.add(h.label()));
      }
    }
    return labels;
  }

  private List<String> ids(String key, List<RowDraft> drafts) {
    Set<String> seen = new HashSet<>();
    List<String> ids = new ArrayList<>();
    for (RowDraft d : drafts) {
      String id = RowIds.row(key, d.seq());
      for (int n = 2; !seen.add(id); n++) {
        id = RowIds.row(key, d.seq() + "-" + n);
        warnings.add(warning(d.at(), id, "seq", "number " + d.seq() + " printed twice; id made unique"));
      }
      ids.add(id);
    }
    return ids;
  }

  private void warn(RowDraft d, String id, String field, String message) {
    warnings.add(warning(d.at(), id, field, message));
  }

  private IngestWarning warning(Location at, String id, String field, String message) {
    return new IngestWarning(source, at.page() > 0 ? at.page() : null, at.line() > 0 ? at.line() : null, id, field, message);
  }

  /** "晋江市" → "晋江": unit names of a county often start with its name ("晋江分指挥部"). */
  static String regionStem(String region) {
    return region.length() > 2 && "市县区旗".indexOf(region.charAt(region.length() - 1)) >= 0
        ? region.substring(0, region.length() - 1) : region;
  }
}
