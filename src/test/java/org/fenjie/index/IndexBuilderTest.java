package org.fenjie.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.fenjie.model.CanonicalNames;
import org.fenjie.model.ParsedDocument;
import org.fenjie.model.TaskRow;
import org.fenjie.search.LuceneTaskSearch;
import org.fenjie.search.SearchRequest;
import org.fenjie.search.SearchRequest.SortOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexBuilderTest {

  @TempDir Path root;

  private BuildReport build(List<ParsedDocument> docs) throws IOException {
    return new IndexBuilder(root, CanonicalNames.basic()).build(docs);
  }

  @Test
  void reportsRowsGivenAndIndexedForEveryDocument() throws IOException {
    BuildReport report = build(SampleCorpus.documents());
    List<BuildReport.DocumentCount> expected = new ArrayList<>();
    for (ParsedDocument d : SampleCorpus.documents()) {
      expected.add(new BuildReport.DocumentCount(d.source(), d.rows().size(), d.rows().size()));
    }
    assertEquals(expected, report.documents());
    assertEquals(SampleCorpus.rows().size(), report.rows());
    assertEquals(3, report.glossaryEntries());
    IndexInfo info = IndexInfo.read(root).orElseThrow();
    assertEquals(SampleCorpus.rows().size(), info.rows(), "glossary entries are not rows");
    assertEquals(Schema.VERSION, info.schemaVersion());
    assertEquals(SampleCorpus.documents().stream().map(ParsedDocument::source).toList(), info.sources());
  }

  @Test
  void rebuildingTheSameDocumentsGivesTheSameIdsInDocumentOrder() throws IOException {
    build(SampleCorpus.documents());
    List<String> first = idsInDocumentOrder();
    build(SampleCorpus.documents());
    assertEquals(first, idsInDocumentOrder());
    List<String> expected =
        SampleCorpus.rows().stream()
            .sorted(
                java.util.Comparator.comparing(TaskRow::region)
                    .thenComparing(TaskRow::source))
            .map(TaskRow::id)
            .toList();
    assertEquals(expected, first, "region, then document, then position in the document");
  }

  @Test
  void aBuildThatFailsHalfWayLeavesThePreviousIndexServingAndIntact() throws IOException {
    build(SampleCorpus.documents());
    Path served = new IndexLocation(root).current().orElseThrow();
    try (LuceneTaskSearch search = LuceneTaskSearch.open(root)) {
      List<ParsedDocument> broken = new ArrayList<>(SampleCorpus.documents().subList(0, 3));
      ParsedDocument nanan = SampleCorpus.nanan();
      List<TaskRow> rows = new ArrayList<>(nanan.rows());
      rows.add(rows.get(0)); // the same id twice, after three documents were written
      broken.add(new ParsedDocument(nanan.source(), rows, List.of(), List.of()));

      IndexBuildException e = assertThrows(IndexBuildException.class, () -> build(broken));
      assertTrue(e.getMessage().contains("duplicate row id nanan-2026-breakdown-1"), e.getMessage());

      assertEquals(served, new IndexLocation(root).current().orElseThrow());
      assertEquals(List.of(served), generations(), "the half-written generation is removed");
      assertFalse(search.refresh());
      assertEquals(SampleCorpus.rows().size(), search.stats().rows());
      assertEquals(SampleCorpus.rows().size(), search.search(all()).total());
    }
    try (LuceneTaskSearch reopened = LuceneTaskSearch.open(root)) {
      assertEquals(SampleCorpus.rows().size(), reopened.search(all()).total());
    }
  }

  @Test
  void aRowWithoutRegionIsRefusedNamingTheRow() throws IOException {
    TaskRow good = SampleCorpus.contest().rows().get(0);
    TaskRow noRegion =
        new TaskRow("x-1", " ", 2026, good.kind(), "", "", "", good.source(), List.of(), "1", "任务",
            List.of(), List.of(), List.of(), List.of());
    ParsedDocument doc = new ParsedDocument(good.source(), List.of(good, noRegion), List.of(), List.of());
    IndexBuildException e = assertThrows(IndexBuildException.class, () -> build(List.of(doc)));
    assertTrue(e.getMessage().contains("x-1") && e.getMessage().contains("region"), e.getMessage());
    assertTrue(IndexInfo.read(root).isEmpty(), "nothing was published");
  }

  @Test
  void aDeadlineDateThatIsNotADayIsRefusedNamingTheRow() throws IOException {
    TaskRow good = SampleCorpus.contest().rows().get(0);
    TaskRow badDay =
        new TaskRow("x-2", good.region(), 2026, good.kind(), "", "", "", good.source(), List.of(), "2", "任务",
            List.of(), List.of(), List.of(), List.of(), "2026年2月底前", "2026-02-30", java.util.Map.of(), null);
    ParsedDocument doc = new ParsedDocument(good.source(), List.of(good, badDay), List.of(), List.of());
    IndexBuildException e = assertThrows(IndexBuildException.class, () -> build(List.of(doc)));
    assertTrue(e.getMessage().contains("x-2") && e.getMessage().contains("2026-02-30"), e.getMessage());
    assertTrue(IndexInfo.read(root).isEmpty(), "nothing was published");
  }

  @Test
  void leftoversOfAKilledBuildAreRemovedByTheNextBuild() throws IOException {
    build(List.of(SampleCorpus.contest()));
    Path killed = Files.createDirectories(root.resolve("gen-19700101-000000-dead01").resolve("rows"));
    Files.writeString(killed.resolve("_0.cfs"), "half", StandardCharsets.UTF_8);
    Files.writeString(root.resolve("CURRENT.tmp"), "gen-19700101-000000-dead01", StandardCharsets.UTF_8);
    try (LuceneTaskSearch search = LuceneTaskSearch.open(root)) {
      assertEquals(SampleCorpus.contest().rows().size(), search.stats().rows(), "a leftover is never served");
    }
    build(SampleCorpus.documents());
    assertEquals(1, generations().size());
    assertFalse(Files.exists(root.resolve("CURRENT.tmp")));
  }

  @Test
  void aSecondBuildWhileOneRunsIsRefused() throws IOException {
    try (IndexLocation.Lock held = new IndexLocation(root).lockForBuild()) {
      IOException e = assertThrows(IOException.class, () -> build(SampleCorpus.documents()));
      assertTrue(e.getMessage().contains("another"), e.getMessage());
    }
  }

  @Test
  void aNewBuildIsServedAfterRefreshAndNotBefore() throws IOException {
    build(List.of(SampleCorpus.contest()));
    try (LuceneTaskSearch search = LuceneTaskSearch.open(root)) {
      long before = search.search(all()).total();
      build(SampleCorpus.documents());
      assertEquals(before, search.search(all()).total(), "no change until refresh");
      assertTrue(search.refresh());
      assertEquals(SampleCorpus.rows().size(), search.search(all()).total());
      assertEquals(SampleCorpus.rows().size(), search.stats().rows());
      assertFalse(search.refresh(), "nothing new the second time");
      assertEquals(1, generations().size(), "the old generation is gone from disk");
    }
  }

  private List<String> idsInDocumentOrder() throws IOException {
    List<String> ids = new ArrayList<>();
    try (LuceneTaskSearch search = LuceneTaskSearch.open(root)) {
      search.export(new SearchRequest("", Map.of(), 1, 10, SortOrder.DOCUMENT), r -> ids.add(r.id()));
    }
    return ids;
  }

  private List<Path> generations() throws IOException {
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(p -> p.getFileName().toString().startsWith("gen-")).toList();
    }
  }

  private static SearchRequest all() {
    return new SearchRequest("", Map.of(), 1, 10, SortOrder.RELEVANCE);
  }
}
