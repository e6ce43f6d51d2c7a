package org.fenjie.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fenjie.index.IndexBuilder;
import org.fenjie.index.SampleCorpus;
import org.fenjie.model.CanonicalNames;
import org.fenjie.model.ParsedDocument;
import org.fenjie.model.TaskRow;

/** The sample corpus plus one document of awkward rows, indexed with the production builder. */
final class SearchFixture {

  static final String SHISHI = "石狮市";

  /** Rows a hostile or sloppy source could give: HTML in the text, a unit named only in passing. */
  static ParsedDocument awkward() {
    SampleCorpus.Doc d =
        new SampleCorpus.Doc(SHISHI, 2026, TaskRow.KIND_BREAKDOWN, "狮政文〔2026〕2号", "005_test.txt", "shishi-2026-breakdown");
    d.section("一、测试");
    d.row("1", "<script>alert(\"x\")</script>新建海外仓 3 个 & 跨境电商 > 50%", "商务局", "", "洪_明@商务局", "");
    d.row("2", "配合工信局做好企业服务，常态化走访陈进福同志提出的重点企业。", "发改局", "", "", "林国平");
    d.row("3", "推进养老服务设施建设，新增养老床位 200 张。", "民政局", "", "", "林国平");
    return d.build();
  }

  static List<ParsedDocument> documents() {
    List<ParsedDocument> docs = new ArrayList<>(SampleCorpus.documents());
    docs.add(awkward());
    return docs;
  }

  static List<TaskRow> rows() {
    List<TaskRow> rows = new ArrayList<>();
    documents().forEach(d -> rows.addAll(d.rows()));
    return rows;
  }

  static LuceneTaskSearch open(Path dir) throws IOException {
    new IndexBuilder(dir, CanonicalNames.basic()).build(documents());
    return LuceneTaskSearch.open(dir);
  }

  static SearchRequest query(String q) {
    return new SearchRequest(q, Map.of(), 1, 100, SearchRequest.SortOrder.RELEVANCE);
  }

  private SearchFixture() {}
}
