package org.fenjie.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fenjie.model.CanonicalNames;
import org.fenjie.model.TaskRow;
import org.fenjie.search.LuceneTaskSearch;
import org.fenjie.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows streamed from a file, indexed by several threads: all of them, once, in document order. */
class StreamedBuildTest {

  @TempDir Path dir;

  private static final IndexBuilder.Progress QUIET =
      new IndexBuilder.Progress() {
        @Override
        public void added(long rows) {}

        @Override
        public void allAdded(long rows) {}
      };

  private static TaskRow withId(TaskRow r, String id, String task) {
    return new TaskRow(id, r.region(), r.year(), r.kind(), r.docNo(), r.docTitle(), r.docDate(), r.source(),
        r.section(), r.seq(), task, r.leadUnits(), r.supportUnits(), r.leaders(), r.overseers());
  }

  @Test
  void severalThreadsIndexEveryRowInDocumentOrder() throws IOException {
    List<TaskRow> rows = SampleCorpus.rows();
    BuildReport report = new IndexBuilder(dir, CanonicalNames.basic()).build(rows.iterator(), 3, QUIET);
    assertEquals(rows.size(), report.rows());
    assertTrue(report.documents().stream().allMatch(BuildReport.DocumentCount::complete));
    try (LuceneTaskSearch s = LuceneTaskSearch.open(dir)) {
      List<String> ids =
          s.search(new SearchRequest("", Map.of(), 1, 100, SearchRequest.SortOrder.DOCUMENT)).hits().stream()
              .map(h -> h.row().id())
              .toList();
      List<TaskRow> expected = new ArrayList<>(rows);
      expected.sort(java.util.Comparator.comparing(TaskRow::region).thenComparing(TaskRow::source));
      assertEquals(expected.stream().map(TaskRow::id).toList(), ids);
    }
  }

  /** Left in several segments (one per indexing thread here), the index answers exactly as when merged. */
  @Test
  void anUnmergedIndexAnswersLikeAMergedOne(@TempDir Path other) throws IOException {
    List<TaskRow> rows = SampleCorpus.rows();
    new IndexBuilder(dir, CanonicalNames.basic()).build(rows.iterator(), 3, QUIET);
    BuildReport report =
        new IndexBuilder(other, CanonicalNames.basic()).mergedIntoOneSegment(false).build(rows.iterator(), 3, QUIET);
    assertEquals(rows.size(), report.rows());
    try (LuceneTaskSearch merged = LuceneTaskSearch.open(dir);
        LuceneTaskSearch unmerged = LuceneTaskSearch.open(other)) {
      for (SearchRequest r :
          List.of(
              new SearchRequest("", Map.of(), 1, 100, SearchRequest.SortOrder.DOCUMENT),
              new SearchRequest("养老", Map.of(), 1, 20, SearchRequest.SortOrder.RELEVANCE),
              new SearchRequest("", Map.of("unit", List.of("商务局")), 1, 20, SearchRequest.SortOrder.RELEVANCE))) {
        var a = merged.search(r);
        var b = unmerged.search(r);
        assertEquals(a.total(), b.total(), r.toString());
        assertEquals(a.hits().stream().map(h -> h.row().id()).toList(), b.hits().stream().map(h -> h.row().id()).toList(), r.toString());
        assertEquals(a.facets(), b.facets(), r.toString());
      }
    }
  }

  @Test
  void aSecondRowWithTheSameIdFailsTheBuildNamingItAsForParsedDocuments() throws IOException {
    List<TaskRow> rows = new ArrayList<>(SampleCorpus.rows());
    TaskRow first = rows.get(0);
    rows.add(withId(rows.get(5), first.id(), "改为新建养老服务综合体 3 个。"));
    IOException e =
        assertThrows(IOException.class, () -> new IndexBuilder(dir, CanonicalNames.basic()).build(rows.iterator(), 2, QUIET));
    assertTrue(e.getMessage().contains("duplicate row id " + first.id()), e.getMessage());
    assertTrue(IndexInfo.read(dir).isEmpty(), "nothing was published");
  }

  @Test
  void aRowTheIndexCannotServeFailsTheBuildNamingIt() {
    List<TaskRow> rows = new ArrayList<>(SampleCorpus.rows());
    TaskRow r = rows.get(3);
    rows.set(3, new TaskRow(r.id(), " ", r.year(), r.kind(), null, null, null, r.source(), List.of(), "1", "x",
        List.of(), List.of(), List.of(), List.of()));
    IOException e =
        assertThrows(IOException.class, () -> new IndexBuilder(dir, CanonicalNames.basic()).build(rows.iterator(), 2, QUIET));
    assertTrue(e.getMessage().contains(r.id()) && e.getMessage().contains("region"), e.getMessage());
  }
}
