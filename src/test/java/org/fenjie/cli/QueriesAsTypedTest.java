package org.fenjie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fenjie.pipeline.SeedIndexing;
import org.fenjie.search.LuceneTaskSearch;
import org.fenjie.search.SearchHit;
import org.fenjie.search.SearchRequest;
import org.fenjie.search.SearchResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queries as people type and paste them, on the seeds (issue 14): each finds what the user meant. */
class QueriesAsTypedTest {

  @TempDir static Path index;
  static LuceneTaskSearch search;

  @BeforeAll
  static void build() throws IOException {
    SeedIndexing.build(Path.of("seeds"), index, SeedIndexing.Policy.LEAVE_OUT_REFUSED);
    search = LuceneTaskSearch.open(index);
  }

  @AfterAll
  static void close() throws IOException {
    search.close();
  }

  @Test
  void pastedTextWithItsQuoteMarksFindsItsRowFirst() throws IOException {
    SearchResult r = search("持续拓展“晋品出海”服务矩阵");
    assertEquals("jinjiang-2026-breakdown-12", r.hits().get(0).row().id());
    assertEquals("all", r.hits().get(0).match());
    assertEquals("jinjiang-2026-breakdown-12", search("拓展“晋品出海”").hits().get(0).row().id());
    assertEquals("jinjiang-2026-breakdown-89", search("《一鹤“飞”》晋京廉政展演").hits().get(0).row().id());
  }

  @Test
  void orMeansEitherAndTwoLooseWordsFallBackToMostWords() throws IOException {
    List<String> either = ids(search("光伏 OR 新能源"), "all");
    assertTrue(either.containsAll(List.of("nanan-2026-breakdown-45", "quangang-2026-breakdown-1")), either.toString());
    assertEquals(either, ids(search("光伏 | 新能源"), "all"));
    SearchResult both = search("光伏 新能源");
    assertEquals(0, both.total(), "no row prints both: the exact tier is empty, so are the facets");
    assertTrue(both.relatedTotal() > 0);
    assertTrue(ids(both, "most").contains("nanan-2026-breakdown-45"));
  }

  @Test
  void aTypoOrPinyinGetsADidYouMeanFromTheIndexItself() throws IOException {
    SearchResult typo = search("低空经记");
    assertEquals("低空经济", typo.didYouMean());
    assertTrue(ids(typo, "related").contains("nanan-2026-breakdown-29"));
    assertEquals("低空经济", search("dikong jingji").didYouMean());
    assertEquals("张健龙", search("zjl").didYouMean(), "the initials of a leader");
    assertEquals("陈丽蓉", search("chenlirong").didYouMean());
    assertEquals("保租房", search("保租防").didYouMean(), "one character off the rows' own text");
    assertEquals("新能源汽车", search("新能园汽车").didYouMean());
    assertEquals(null, search("海外仓").didYouMean(), "nothing is suggested beside an answer");
    assertEquals(null, search("网约车平台").didYouMean(), "nothing close: no guess");
  }

  @Test
  void aUnitAsUsersSayItFindsItsFamily() throws IOException {
    SearchResult printed = search.search(request("", Map.of("unit", List.of("市场监管局"))));
    assertTrue(printed.total() >= 16);
    assertEquals(printed.total(), search.search(request("", Map.of("unit", List.of("市场监督管理局")))).total());
    List<String> byWord = ids(search("市场监督管理局"), "all");
    assertEquals(ids(printed, "all").stream().sorted().toList(), byWord.stream().sorted().toList(),
        "the word finds every row naming the bureau, and only those");
    assertEquals(ids(search("商务局 海外仓"), "all"), ids(search("市商务局 海外仓"), "all"), "a leading 市 is dropped");
  }

  @Test
  void onlyPunctuationAndOnlyInvisibleCharactersAreBothTheEmptyQuery() throws IOException {
    long all = search("").total();
    for (String q : List.of("，。、“”", "\u200B\u200B", "《》")) {
      assertEquals(all, search(q).total(), "«" + q + "»");
      assertEquals(List.of(), search.suggest(q, 5));
      List<String> exported = new ArrayList<>();
      search.export(request(q, Map.of("region", List.of("南安市"))), row -> exported.add(row.id()));
      assertEquals(88, exported.size());
    }
  }

  private static SearchResult search(String q) throws IOException {
    return search.search(request(q, Map.of()));
  }

  private static SearchRequest request(String q, Map<String, List<String>> filters) {
    return new SearchRequest(q, filters, 1, 50, SearchRequest.SortOrder.RELEVANCE);
  }

  private static List<String> ids(SearchResult r, String match) {
    return r.hits().stream().filter(h -> h.match().equals(match)).map(SearchHit::row).map(t -> t.id()).toList();
  }
}
