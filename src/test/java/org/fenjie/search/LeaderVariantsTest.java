package org.fenjie.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Searching a leader's name also finds rows printing a likely misprint of it (one character apart,
 * same unit, same region), after the rows naming the person as typed; nothing is merged.
 */
class LeaderVariantsTest {

  @Test
  void aLeadersNameAlsoFindsLikelyMisprintsAfterTheExactRows(@TempDir Path dir) throws Exception {
    SampleCorpus.Doc d =
        new SampleCorpus.Doc("晋江市", 2026, TaskRow.KIND_BREAKDOWN, "晋政文〔2026〕9号", "009_variant.txt", "variant-2026");
    d.section("一、测试");
    d.row("1", "推进医疗卫生服务体系建设。", "卫健局", "", "蔡婉滨@卫健局", "");
    d.row("2", "落实生育支持政策。", "卫健局", "", "蔡婉贞@卫健局", "");
    d.row("3", "建设县域医共体。", "卫健局", "", "蔡婉滨@卫健局", "");
    d.row("4", "推进文旅融合发展。", "文体旅局", "", "蔡婉珍@文体旅局", "");
    d.row("5", "推进教育优质均衡。", "教育局", "", "林婉滨@教育局", "");
    new IndexBuilder(dir, CanonicalNames.basic()).build(List.of(d.build()));
    try (LuceneTaskSearch search = LuceneTaskSearch.open(dir)) {
      SearchResult r = search.search(new SearchRequest("蔡婉滨", Map.of(), 1, 10, SearchRequest.SortOrder.RELEVANCE));
      List<String> ids = r.hits().stream().map(h -> h.row().id()).toList();
      assertEquals(List.of("variant-2026-1", "variant-2026-3", "variant-2026-2"), ids,
          "the misprint at 卫健局 comes after the exact rows; another unit's look-alike is not a variant");

      List<String> leaders = r.facets().get("leader").stream().map(FacetValue::value).toList();
      assertTrue(leaders.contains("蔡婉滨") && leaders.contains("蔡婉贞"), "facets keep both names apart: " + leaders);

      SearchResult typo = search.search(new SearchRequest("蔡婉贞", Map.of(), 1, 10, SearchRequest.SortOrder.RELEVANCE));
      assertEquals("variant-2026-2", typo.hits().get(0).row().id(), "the reverse holds too, exact first");
    }
  }
}
