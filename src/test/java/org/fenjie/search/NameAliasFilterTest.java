package org.fenjie.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fenjie.index.IndexBuilder;
import org.fenjie.index.SampleCorpus;
import org.fenjie.model.CanonicalNames;
import org.fenjie.model.TaskRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user who clicks a name as one document prints it (卫健委) gets the rows of the entity the
 * facets show (卫健局), exactly as if they had ticked the facet value.
 */
class NameAliasFilterTest {

  /** The reviewed-alias behaviour in miniature: one unit variant and one misprinted leader. */
  private static final CanonicalNames ALIASES =
      new CanonicalNames() {
        @Override
        public String unit(String region, String printed) {
          String n = CanonicalNames.normalise(printed);
          return n.equals("卫健委") ? "卫健局" : n;
        }

        @Override
        public String leader(String region, String printed) {
          String n = CanonicalNames.normalise(printed);
          return n.equals("许著赞") ? "许著赟" : n;
        }
      };

  @Test
  void filteringByAPrintedVariantFindsTheCanonicalEntity(@TempDir Path dir) throws Exception {
    SampleCorpus.Doc d =
        new SampleCorpus.Doc("晋江市", 2026, TaskRow.KIND_BREAKDOWN, "晋政文〔2026〕9号", "009_alias.txt", "alias-2026");
    d.section("一、测试");
    d.row("1", "推进医疗卫生服务体系建设。", "卫健局", "", "蔡婉洙@卫健局", "");
    d.row("2", "建设县域医共体。", "卫健委", "", "", "");
    d.row("3", "推动陈埭镇产业社区建设。", "陈埭镇人民政府", "", "许著赟@陈埭镇人民政府", "");
    d.row("4", "提升陈埭镇城市品质。", "陈埭镇人民政府", "", "许著赞@陈埭镇人民政府", "");
    d.row("5", "推进文旅融合发展。", "文体旅局", "", "", "");
    new IndexBuilder(dir, ALIASES).build(List.of(d.build()));
    try (LuceneTaskSearch search = LuceneTaskSearch.open(dir)) {
      assertEquals(Set.of("alias-2026-1", "alias-2026-2"), ids(search, "unit", "卫健委"));
      assertEquals(ids(search, "unit", "卫健局"), ids(search, "unit", "卫健委"), "variant = canonical");
      assertEquals(Set.of("alias-2026-3", "alias-2026-4"), ids(search, "leader", "许著赞"));
      assertEquals(Set.of("alias-2026-5"), ids(search, "unit", "文体旅局"), "names without aliases unchanged");

      SearchResult r = search.search(request("unit", "卫健委"));
      assertEquals(2, r.total());
      List<String> exported = new java.util.ArrayList<>();
      search.export(request("unit", "卫健委"), row -> exported.add(row.id()));
      assertEquals(2, exported.size(), "export follows the alias too");
    }
  }

  private static Set<String> ids(LuceneTaskSearch search, String dim, String value) throws Exception {
    return search.search(request(dim, value)).hits().stream()
        .map(h -> h.row().id())
        .collect(Collectors.toSet());
  }

  private static SearchRequest request(String dim, String value) {
    return new SearchRequest("", Map.of(dim, List.of(value)), 1, 100, SearchRequest.SortOrder.DOCUMENT);
  }
}
