package org.fenjie.ingest.rows;

import org.fenjie.ingest.MalformedDocumentException;
import org.fenjie.ingest.block.Boilerplate;
import org.fenjie.ingest.block.CellText;
import org.fenjie.ingest.read.SourceText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fenjie.model.IngestWarning;
import org.fenjie.model.Leader;
import org.fenjie.model.ParsedDocument;
import org.fenjie.model.TaskRow;

/**
 * Turns the lines of a 责任分解 table (any physical layout) into task rows: headings to sections,
 * cells to roles, unit cells to names, leaders paired with units, ids and warnings. Every data
 * row becomes exactly one task row; what could not be read cleanly becomes a warning on that row.
 */
public final class BreakdownTable {
  private final SourceText text;
  private final TableHeader header;
  private final List<TableLine> lines;
  private final List<IngestWarning> warnings = new ArrayList<>();

  public BreakdownTable(SourceText text, TableHeader header, List<TableLine> lines) {
    this.text = text;
    this.header = header;
    this.lines = lines;
  }

  public ParsedDocument parse() throws MalformedDocumentException {
    DocumentHeader doc = DocumentHeaderReader.read(text, header.line() - 1);
    List<RowDraft> drafts = drafts();
    if (drafts.isEmpty()) {
      throw new MalformedDocumentException(text.fileName(), header.line(), "a table header but no numbered rows after it");
    }
    String key = RowIds.documentKey(doc.region(), doc.year(), TaskRow.KIND_BREAKDOWN);
    List<String> ids = ids(key, drafts);
    SectionResolver sections = new SectionResolver(drafts.stream().map(RowDraft::headings).toList());
    List<List<String>> paths = sections.resolve();
    sections.notes().forEach(n -> warn(drafts.get(n.row()), ids.get(n.row()), n.message()));
    UnitColumns units = new UnitColumns(drafts, regionStem(doc.region()));
    List<List<Leader>> leaders = units.leaders();
    units.notes().forEach(n -> warn(drafts.get(n.row()), ids.get(n.row()), n.message()));
    List<TaskRow> rows = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      RowDraft d = drafts.get(i);
      for (String note : d.notes()) {
        warn(d, ids.get(i), note);
      }
      rows.add(new TaskRow(ids.get(i), doc.region(), doc.year(), TaskRow.KIND_BREAKDOWN, doc.docNo(), doc.docTitle(),
          doc.docDate(), text.fileName(), paths.get(i), d.seq(), d.task(), units.lead(i), units.support(i),
          leaders.get(i), units.overseers(i)));
    }
    return new ParsedDocument(text.fileName(), rows, List.of(), warnings);
  }

  private List<RowDraft> drafts() {
    RowDrafter drafter = new RowDrafter(header, knownLabels());
    List<RowDraft> drafts = new ArrayList<>();
    List<Heading> pending = new ArrayList<>();
    for (TableLine l : lines) {
      if (l.isBlank() || header.isRepeatedBy(l.cells()) || Boilerplate.isPageNumber(String.join(" ", l.cells()))) {
        continue;
      }
      if (l.isDataRow()) {
        RowDraft d = drafter.draft(l, pending);
        if (l.lastLine() > l.line()) {
          d.notes().add("row continues on line " + l.lastLine() + " (a wrapped cell); the lines were joined");
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
        warnings.add(new IngestWarning(text.fileName(), l.line(), null,
            "ignored a line that is neither a numbered row nor a heading: " + loose));
      }
    }
    return drafts;
  }

  /** A row whose task went on in a line of its own (a cell wrapped by the extraction): the text is appended. */
  private static RowDraft continued(RowDraft d, String more, int line) {
    List<String> notes = new ArrayList<>(d.notes());
    notes.add("task text continued on line " + line + " outside the table cells; joined to the task");
    return new RowDraft(d.line(), d.seq(), d.headings(), CellText.joinLines(d.task(), more), d.cells(), notes);
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
        warnings.add(new IngestWarning(text.fileName(), d.line(), id, "number " + d.seq() + " printed twice; id made unique"));
      }
      ids.add(id);
    }
    return ids;
  }

  private void warn(RowDraft d, String id, String message) {
    warnings.add(new IngestWarning(text.fileName(), d.line(), id, message));
  }

  /** "晋江市" → "晋江": unit names of a county often start with its name ("晋江分指挥部"). */
  static String regionStem(String region) {
    return region.length() > 2 && "市县区旗".indexOf(region.charAt(region.length() - 1)) >= 0
        ? region.substring(0, region.length() - 1) : region;
  }
}
