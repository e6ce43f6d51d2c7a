package org.fenjie.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fenjie.index.IndexBuilder;
import org.fenjie.index.SampleCorpus;
import org.fenjie.model.CanonicalNames;
import org.fenjie.model.TaskRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A word with reviewed related terms (related.tsv) also finds rows holding only a related term, but
 * strictly after the rows holding the word itself; a quoted phrase and a switched-off list do not.
 */
class RelatedTermsTest {

  @Test
  void relatedRowsFormASecondTierAfterTheWordAsTyped(@TempDir Path dir) throws Exception {
    SampleCorpus.Doc d =
        new SampleCorpus.Doc("晋江市", 2026, TaskRow.KIND_BREAKDOWN, "晋政文〔2026〕9号", "009_related.txt", "rel-2026");
    d.section("一、测试");
    d.row("1", "新建公共充电桩 230 个，充电桩覆盖所有乡镇，充电桩统一接入平台。", "发改局", "", "", "");
    d.row("2", "推广新能源汽车下乡，完善新能源汽车售后网络。", "工信局", "", "", "");
    d.row("3", "新能源汽车产业链招商。", "商务局", "", "", "");
    d.row("4", "推进农村水环境综合整治。", "生态环境局", "", "", "");
    d.row("5", "建设农村污水管网。", "住建局", "", "", "");
    new IndexBuilder(dir, CanonicalNames.basic()).build(List.of(d.build()));
    try (LuceneTaskSearch served = LuceneTaskSearch.open(dir);
        LuceneTaskSearch literal = LuceneTaskSearch.open(dir, SearchOptions.defaults().withRelated(false))) {
      assertEquals(List.of("rel-2026-2", "rel-2026-3", "rel-2026-1"), ids(served, "新能源汽车"),
          "the charging row is found, after both rows naming 新能源汽车 although it repeats its own word");
      assertEquals(List.of("rel-2026-5", "rel-2026-4"), ids(served, "污水 农村"), "each word of an AND may be met by a related term");
      SearchResult r = served.search(request("新能源汽车"));
      assertEquals(2, r.total(), "total and facets count the exact tier");
      assertEquals(1, r.relatedTotal(), "the related row is listed after it");
      assertEquals(List.of("all", "all", "related"), r.hits().stream().map(SearchHit::match).toList());
      SearchRequest widened = new SearchRequest("新能源汽车", Map.of(), 1, 10, SearchRequest.SortOrder.RELEVANCE, null, true);
      assertEquals(3, served.search(widened).total(), "related=true: the counts cover every tier");
      assertEquals(List.of("rel-2026-2", "rel-2026-3"), ids(served, "\"新能源汽车\""), "a quoted phrase is literal");
      assertEquals(List.of("rel-2026-2", "rel-2026-3"), ids(literal, "新能源汽车"), "switched off: the word as typed only");
    }
  }

  private static List<String> ids(LuceneTaskSearch search, String q) throws Exception {
    return search.search(request(q)).hits().stream().map(h -> h.row().id()).toList();
  }

  private static SearchRequest request(String q) {
    return new SearchRequest(q, Map.of(), 1, 10, SearchRequest.SortOrder.RELEVANCE);
  }
}
