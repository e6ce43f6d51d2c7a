package org.fenjie.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.fenjie.index.IndexBuilder;
import org.fenjie.model.CanonicalNames;
import org.fenjie.model.ParsedDocument;
import org.fenjie.model.TaskRow;
import org.fenjie.search.SearchRequest.SortOrder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paging past the window of page numbers (row 10,000) goes on with the cursor (searchAfter):
 * every row exactly once, in the same order as the export, at any depth; a cursor survives a
 * re-index; anything that is not a cursor of this search is a clear refusal.
 */
class DeepPagingTest {

  /** More rows than the window of page numbers, in three regions and 21 documents. */
  static final int ROWS = 10_500;

  @TempDir static Path dir;
  static LuceneTaskSearch search;

  @BeforeAll
  static void build() throws IOException {
    new IndexBuilder(dir, CanonicalNames.basic()).build(shortRows(ROWS));
    search = LuceneTaskSearch.open(dir);
  }

  /** Short rows (cheap to index) with words in common, so that queries match thousands of them. */
  static List<ParsedDocument> shortRows(int n) {
    List<ParsedDocument> docs = new ArrayList<>();
    String[] regions = {"晋江市", "南安市", "泉港区"};
    String[] topics = {"推进企业服务", "建设海外仓", "发展养老服务", "盘活低效用地", "培育链主企业"};
    for (int d = 0; d * 500 < n; d++) {
      String source = String.format("%03d_short.txt", d);
      List<TaskRow> rows = new ArrayList<>();
      for (int i = 0; i < 500 && d * 500 + i < n; i++) {
        int k = d * 500 + i;
        rows.add(new TaskRow("short-" + d + "-" + i, regions[d % 3], 2026, k % 7 == 0 ? TaskRow.KIND_CONTEST : TaskRow.KIND_BREAKDOWN,
            "", "", "", source, List.of("一、第" + d + "部分"), String.valueOf(i + 1),
            "第" + k + "项：" + topics[k % 5] + "，" + topics[(k / 5) % 5] + "。", List.of(k % 2 == 0 ? "工信局" : "商务局"),
            List.of(), List.of(), List.of()));
      }
      docs.add(new ParsedDocument(source, rows, List.of(), List.of()));
    }
    return docs;
  }

  @AfterAll
  static void close() throws IOException {
    search.close();
  }

  static SearchRequest request(String q, Map<String, List<String>> filters, int size, SortOrder sort) {
    return new SearchRequest(q, filters, 1, size, sort);
  }

  /** Ids of every hit, following nextCursor from the first page to the end. */
  static List<String> walk(SearchRequest first) throws IOException {
    List<String> ids = new ArrayList<>();
    SearchResult page = search.search(first);
    while (true) {
      page.hits().forEach(h -> ids.add(h.row().id()));
      if (page.nextCursor() == null) {
        return ids;
      }
      assertTrue(page.hits().size() == first.size(), "only the last page is short");
      page = search.search(first.after(page.nextCursor()));
      assertTrue(page.total() == search.search(first).total(), "the total is the whole search's");
    }
  }

  static List<String> exported(SearchRequest r) throws IOException {
    List<String> ids = new ArrayList<>();
    search.export(r, row -> ids.add(row.id()));
    return ids;
  }

  @Test
  void walkingEveryRowByCursorGivesEachRowOnceInExportOrder() throws IOException {
    SearchRequest all = request("", Map.of(), 100, SortOrder.DOCUMENT);
    assertTrue(ROWS > LuceneTaskSearch.MAX_WINDOW);
    List<String> walked = walk(all);
    assertEquals(ROWS, walked.size());
    assertEquals(ROWS, new HashSet<>(walked).size(), "no row twice");
    assertEquals(exported(all), walked);
  }

  @Test
  void relevanceOrderAndFiltersWalkTheSameRowsAsTheExport() throws IOException {
    for (SearchRequest r :
        List.of(
            request("企业", Map.of(), 97, SortOrder.RELEVANCE),
            request("养老 -工信局", Map.of("region", List.of("晋江市", "南安市")), 100, SortOrder.RELEVANCE),
            request("\"海外仓\"", Map.of("kind", List.of(TaskRow.KIND_CONTEST)), 100, SortOrder.DOCUMENT))) {
      List<String> walked = walk(r);
      assertEquals(search.search(r).total(), walked.size(), r.q());
      assertEquals(exported(r), walked, r.q());
    }
  }

  @Test
  void pageNumbersStopAtTheWindowAndTheCursorGoesOnFromThere() throws IOException {
    SearchRequest r = request("", Map.of(), 100, SortOrder.RELEVANCE);
    BadQueryException tooDeep =
        assertThrows(BadQueryException.class, () -> search.search(new SearchRequest("", Map.of(), 101, 100, null)));
    assertTrue(tooDeep.getMessage().contains("nextCursor"), tooDeep.getMessage());
    SearchResult last = search.search(new SearchRequest("", Map.of(), 100, 100, null));
    assertNotNull(last.nextCursor(), "rows follow the last numbered page");
    SearchResult beyond = search.search(r.after(last.nextCursor()));
    List<String> export = exported(r);
    assertEquals(export.subList(10_000, 10_100), beyond.hits().stream().map(h -> h.row().id()).toList());
  }

  @Test
  void theLastPageHasNoCursor() throws IOException {
    SearchResult few = search.search(request("第7项", Map.of("region", List.of("晋江市")), 100, null));
    assertTrue(few.total() > 0 && few.total() < 100, "total " + few.total());
    assertNull(few.nextCursor());
  }

  @Test
  void anythingButThisSearchsCursorIsRefusedClearly() throws IOException {
    SearchRequest r = request("企业", Map.of(), 10, SortOrder.RELEVANCE);
    String cursor = search.search(r).nextCursor();
    byte[] bytes = Base64.getUrlDecoder().decode(cursor);
    List<String> bad = new ArrayList<>(List.of("x", "!!!", "AAAA", "%00", "a b", cursor + "A", cursor.substring(0, cursor.length() - 3),
        "A".repeat(2_000), Base64.getUrlEncoder().encodeToString(new byte[] {1, 1})));
    // The header (version, order, fingerprint of the search): any change is refused.
    for (int i = 0; i < 10; i++) {
      bad.add(flipped(bytes, i));
    }
    for (String b : bad) {
      BadQueryException e = assertThrows(BadQueryException.class, () -> search.search(r.after(b)), b);
      assertTrue(e.getMessage().contains("cursor"), e.getMessage());
    }
    // Inside the sort values a changed byte is just another position: refused or a sane page.
    for (int i = 10; i < bytes.length; i++) {
      try {
        SearchResult res = search.search(r.after(flipped(bytes, i)));
        assertTrue(res.hits().size() <= 10 && res.total() == search.search(r).total());
      } catch (BadQueryException e) {
        assertTrue(e.getMessage().contains("cursor"), e.getMessage());
      }
    }
    for (SearchRequest other :
        List.of(request("企业 海外仓", Map.of(), 10, null), request("企业", Map.of("region", List.of("晋江市")), 10, null),
            request("企业", Map.of(), 10, SortOrder.DOCUMENT))) {
      BadQueryException e = assertThrows(BadQueryException.class, () -> search.search(other.after(cursor)));
      assertTrue(e.getMessage().contains("另一个检索"), e.getMessage());
    }
    assertThrows(BadQueryException.class, () -> search.search(new SearchRequest("企业", Map.of(), 2, 10, null, cursor)));
  }

  private static String flipped(byte[] bytes, int at) {
    byte[] b = bytes.clone();
    b[at] ^= (byte) 0x5A;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  @Test
  void aCursorFromBeforeAReindexContinuesInTheNewIndex(@TempDir Path other) throws IOException {
    IndexBuilder builder = new IndexBuilder(other, CanonicalNames.basic());
    builder.build(SeedCorpus.seeds());
    try (LuceneTaskSearch changing = LuceneTaskSearch.open(other)) {
      SearchRequest r = request("", Map.of(), 50, SortOrder.DOCUMENT);
      List<String> all = new ArrayList<>();
      changing.export(r, row -> all.add(row.id()));
      SearchResult first = changing.search(r);
      builder.build(SeedCorpus.seeds());
      assertTrue(changing.refresh(), "a new generation is served");
      List<String> walked = new ArrayList<>(first.hits().stream().map(h -> h.row().id()).toList());
      SearchResult page = changing.search(r.after(first.nextCursor()));
      while (true) {
        page.hits().forEach(h -> walked.add(h.row().id()));
        if (page.nextCursor() == null) {
          break;
        }
        page = changing.search(r.after(page.nextCursor()));
      }
      assertEquals(all, walked, "the walk goes on from the same row: nothing skipped, nothing twice");
    }
  }
}
