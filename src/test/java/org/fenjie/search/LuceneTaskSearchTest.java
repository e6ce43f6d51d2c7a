package org.fenjie.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.fenjie.model.GlossaryEntry;
import org.fenjie.model.TaskRow;
import org.fenjie.search.SearchRequest.SortOrder;
import org.junit.jupiter.api.Test;

/** Paging, sorting, rows by id, similar rows, suggestions, glossary, facet value lookup. */
class LuceneTaskSearchTest extends OnSampleIndex {

  @Test
  void pagesTogetherGiveTheSameHitsAsOneBigPage() throws IOException {
    List<String> all = ids(new SearchRequest("企业", Map.of(), 1, 100, SortOrder.RELEVANCE));
    assertTrue(all.size() > 7, all.toString());
    List<String> paged = new ArrayList<>();
    for (int page = 1; page <= (all.size() + 2) / 3; page++) {
      SearchResult r = search.search(new SearchRequest("企业", Map.of(), page, 3, SortOrder.RELEVANCE));
      assertEquals(all.size(), r.total());
      paged.addAll(r.hits().stream().map(h -> h.row().id()).toList());
    }
    assertEquals(all, paged);
    SearchResult none = search.search(new SearchRequest("企业", Map.of(), 1, 0, SortOrder.RELEVANCE));
    assertEquals(List.of(), none.hits(), "size 0: counts and facets only");
    assertEquals(all.size(), none.total());
    SearchResult beyond = search.search(new SearchRequest("企业", Map.of(), 50, 3, SortOrder.RELEVANCE));
    assertEquals(List.of(), beyond.hits());
    assertEquals(all.size(), beyond.total());
  }

  @Test
  void documentOrderIsRegionThenDocumentThenPosition() throws IOException {
    List<TaskRow> rows = new ArrayList<>(SearchFixture.rows());
    rows.sort(Comparator.comparing(TaskRow::region).thenComparing(TaskRow::source));
    List<String> expected = rows.stream().map(TaskRow::id).toList();
    assertEquals(expected, ids(new SearchRequest("", Map.of(), 1, 100, SortOrder.DOCUMENT)));
    assertEquals(expected, ids(new SearchRequest("", Map.of(), 1, 100, SortOrder.RELEVANCE)),
        "without words every score ties, and ties are in document order");
    List<String> exported = new ArrayList<>();
    search.export(new SearchRequest("", Map.of(), 1, 1, SortOrder.DOCUMENT), r -> exported.add(r.id()));
    assertEquals(expected, exported, "export streams every row, not one page");
  }

  @Test
  void exportFollowsTheQueryFiltersAndRelevanceOrder() throws IOException {
    SearchRequest r = new SearchRequest("海外仓", Map.of("region", List.of("晋江市", "泉港区")), 1, 2, SortOrder.RELEVANCE);
    List<String> exported = new ArrayList<>();
    search.export(r, row -> exported.add(row.id()));
    assertEquals(ids(new SearchRequest(r.q(), r.filters(), 1, 100, SortOrder.RELEVANCE)), exported);
  }

  @Test
  void aRowComesBackExactlyAsIndexed() throws IOException {
    for (TaskRow row : SearchFixture.rows()) {
      assertEquals(row, search.get(row.id()).orElseThrow());
    }
    assertTrue(search.get("no-such-row").isEmpty());
    assertTrue(search.get("").isEmpty());
  }

  @Test
  void similarRowsComeFromOtherRegionsOnly() throws IOException {
    List<SimilarTask> similar = search.similar("jinjiang-2026-breakdown-12", 5);
    assertFalse(similar.isEmpty());
    assertTrue(similar.stream().noneMatch(s -> s.row().region().equals("晋江市")));
    assertTrue(similar.stream().limit(3).anyMatch(s -> s.row().task().contains("海外仓")), similar.toString());
    assertEquals(List.of(), search.similar("no-such-row", 5));
  }

  @Test
  void suggestionsCompleteLeadersUnitsAndPhrases() throws IOException {
    long chenRows = SearchFixture.rows().stream()
        .filter(r -> r.overseers().contains("陈进福") || r.leaders().stream().anyMatch(l -> l.name().equals("陈进福")))
        .count();
    long unitRows = SearchFixture.rows().stream()
        .filter(r -> r.leadUnits().contains("工信局") || r.supportUnits().contains("工信局"))
        .count();
    List<Suggestion> chen = search.suggest("陈", 10);
    assertEquals(new Suggestion("陈进福", "leader", chenRows), chen.get(0), "most rows first: " + chen);
    assertTrue(search.suggest("陈进", 10).stream().allMatch(s -> s.text().contains("陈进")));
    assertTrue(search.suggest("工信", 10).contains(new Suggestion("工信局", "unit", unitRows)));
    assertTrue(search.suggest("晋品", 10).stream().anyMatch(s -> s.text().equals("晋品出海") && s.type().equals("phrase")));
    for (String odd : List.of("", "   ", "***", "🙂", "\u0000", "x".repeat(10_000))) {
      assertEquals(List.of(), search.suggest(odd, 10), odd);
    }
  }

  @Test
  void aQueryNamingAGlossaryTermCarriesItsExplanation() throws IOException {
    List<GlossaryEntry> g = search.search(SearchFixture.query("四帮四扶")).glossary();
    assertEquals(List.of("“四帮四扶”"), g.stream().map(GlossaryEntry::term).toList());
    assertTrue(g.get(0).explanation().startsWith("“四帮”即帮就业"));
    assertEquals(1, search.search(SearchFixture.query("三生空间 优化")).glossary().size());
    assertEquals(List.of(), search.search(SearchFixture.query("海外仓")).glossary());
  }

  @Test
  void facetValuesFindAValueByAnyPartOfItWithSidewaysCounts() throws IOException {
    SearchRequest byUnit = new SearchRequest("", Map.of("unit", List.of("工信局")), 1, 10, null);
    List<FacetValue> values = search.facetValues("unit", "商务", byUnit, 10);
    long expected = SearchFixture.rows().stream().filter(r -> r.leadUnits().contains("商务局")).count();
    assertEquals(List.of(new FacetValue("商务局", (int) expected)), values,
        "the unit filter does not narrow the unit dimension's own values");
    assertEquals(List.of(), search.facetValues("leader", "没有这个人", byUnit, 10));
    assertThrows(BadQueryException.class, () -> search.facetValues("colour", "", byUnit, 10));
  }

  @Test
  void statsCountRowsButNotGlossaryEntries() throws IOException {
    assertEquals(SearchFixture.rows().size(), search.stats().rows());
    assertTrue(java.time.Instant.parse(search.stats().builtAt()).isAfter(java.time.Instant.now().minusSeconds(3600)));
    assertEquals(SearchFixture.rows().size(), search.search(SearchFixture.query("")).total(), "glossary entries never match");
  }

  @Test
  void theIndexHasAFacetForEveryDimensionTheApiNames() {
    assertEquals(SearchRequest.DIMENSIONS, org.fenjie.index.Schema.DIMENSIONS);
  }

  @Test
  void badPagingAndUnknownFiltersAreClearErrors() {
    assertThrows(BadQueryException.class, () -> search.search(new SearchRequest("", Map.of(), 0, 10, null)));
    assertThrows(BadQueryException.class, () -> search.search(new SearchRequest("", Map.of(), 1, 101, null)));
    assertThrows(BadQueryException.class, () -> search.search(new SearchRequest("", Map.of(), 1, -1, null)));
    assertThrows(BadQueryException.class, () -> search.search(new SearchRequest("", Map.of(), 1_000_000, 100, null)));
    BadQueryException e = assertThrows(BadQueryException.class,
        () -> search.search(new SearchRequest("", Map.of("colour", List.of("red")), 1, 10, null)));
    assertTrue(e.getMessage().contains("colour"));
  }

  private static List<String> ids(SearchRequest r) throws IOException {
    return search.search(r).hits().stream().map(h -> h.row().id()).toList();
  }
}
