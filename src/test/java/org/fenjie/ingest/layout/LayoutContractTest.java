package org.fenjie.ingest.layout;

import org.fenjie.ingest.DocumentParser;
import org.fenjie.ingest.read.SourceFiles;
import org.fenjie.ingest.block.SourceText;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.fenjie.model.Leader;
import org.fenjie.model.ParsedDocument;
import org.fenjie.model.TaskRow;
import org.junit.jupiter.api.Test;

/**
 * What every layout must guarantee for every document it reads. Adding a layout or a fixture
 * document = one subclass naming the layout, the document, its row count and its golden rows.
 */
abstract class LayoutContractTest {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  static final String FIXTURES = "src/test/resources/ingest/";

  private final DocumentLayout layout;
  private final Path document;
  private final int expectedRows;
  private final Path golden;
  private final List<String> goldenSeqs;

  /**
   * @param golden hand-checked rows (JSONL); for a seed, the hardest rows of the document
   * @param goldenSeqs which rows a new golden file starts from when created with -Dfenjie.updateGolden=true
   */
  LayoutContractTest(DocumentLayout layout, String document, int expectedRows, String golden, String... goldenSeqs) {
    this.layout = layout;
    this.document = Path.of(document);
    this.expectedRows = expectedRows;
    this.golden = Path.of(FIXTURES + golden);
    this.goldenSeqs = List.of(goldenSeqs);
  }

  DocumentLayout layout() {
    return layout;
  }

  Path document() {
    return document;
  }

  /** The kind every row of the document has. */
  String expectedKind() {
    return TaskRow.KIND_BREAKDOWN;
  }

  /** False for documents that name no units at all (a work report). */
  boolean rowsHaveUnits() {
    return true;
  }

  /** False for a flat list printed without headings. */
  boolean rowsHaveSections() {
    return true;
  }

  ParsedDocument parsed() throws Exception {
    return layout().parse(SourceFiles.read(document()));
  }

  @Test
  void exactlyThisLayoutClaimsTheDocument() throws Exception {
    SourceText text = SourceFiles.read(document());
    List<String> claiming = DocumentParser.defaultLayouts().stream().filter(l -> l.claims(text)).map(DocumentLayout::name).toList();
    assertEquals(List.of(layout().name()), claiming);
  }

  @Test
  void yieldsEveryRowOfTheDocument() throws Exception {
    assertEquals(expectedRows, parsed().rows().size());
  }

  @Test
  void everyRowHasEveryContractField() throws Exception {
    for (TaskRow r : parsed().rows()) {
      String where = r.id() + ": ";
      assertFalse(r.region().isBlank(), where + "region");
      assertTrue(r.year() >= 2000 && r.year() <= 2100, where + "year " + r.year());
      assertEquals(expectedKind(), r.kind(), where + "kind");
      assertNotNull(r.docNo(), where + "docNo");
      assertNotNull(r.docTitle(), where + "docTitle");
      assertTrue(r.docDate() != null && ISO_DATE.matcher(r.docDate()).matches(), where + "docDate " + r.docDate());
      assertEquals(document().getFileName().toString(), r.source(), where + "source");
      assertEquals(rowsHaveSections(), !r.section().isEmpty(), where + "section");
      assertTrue(r.seq().matches("\\d+"), where + "seq " + r.seq());
      assertTrue(r.task().length() > 5, where + "task " + r.task());
      assertEquals(rowsHaveUnits(), !(r.leadUnits().isEmpty() && r.supportUnits().isEmpty()), where + "units");
    }
  }

  @Test
  void namesAreCleanPrintedForms() throws Exception {
    for (TaskRow r : parsed().rows()) {
      List<String> names = new java.util.ArrayList<>(r.leadUnits());
      names.addAll(r.supportUnits());
      names.addAll(r.overseers());
      r.leaders().stream().map(Leader::name).forEach(names::add);
      for (String n : names) {
        assertTrue(!n.isEmpty() && !n.matches(".*[\\s*].*") && !n.endsWith("、"), r.id() + ": name '" + n + "'");
      }
      for (Leader l : r.leaders()) {
        assertTrue(l.unit() == null || r.leadUnits().contains(l.unit()), r.id() + ": " + l + " heads a unit not in the row");
      }
      assertFalse(r.task().contains("**") || r.task().contains("\t"), r.id() + ": task not cleaned");
    }
  }

  @Test
  void idsAreUrlSafeUniqueAndStableAcrossRuns() throws Exception {
    List<String> first = parsed().rows().stream().map(TaskRow::id).toList();
    List<String> second = layout().parse(SourceFiles.read(document())).rows().stream().map(TaskRow::id).toList();
    assertEquals(first, second);
    Set<String> unique = new HashSet<>(first);
    assertEquals(first.size(), unique.size(), "duplicate ids");
    first.forEach(id -> assertTrue(ID.matcher(id).matches(), "id " + id));
  }

  @Test
  void goldenRowsMatch() throws Exception {
    GoldenRows.check(parsed().rows(), golden, goldenSeqs);
  }
}
