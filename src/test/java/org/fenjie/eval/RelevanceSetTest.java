package org.fenjie.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped set is what docs/eval.md promises; a broken file is refused with its line. */
class RelevanceSetTest {

  @Test
  void theBundledSetCoversEveryQueryTypeAndEveryQueryHasARelevantRow() {
    RelevanceSet set = RelevanceSet.bundled();
    assertTrue(set.queries().size() >= 40, "at least 40 queries");
    Set<String> types = Set.of("topic", "and", "phrase", "synonym", "leader", "unit", "number",
        "loose", "long", "pasted", "typo", "or");
    assertEquals(types, set.queries().stream().map(JudgedQuery::type).collect(Collectors.toSet()));
    assertEquals(types, set.split(RelevanceSet.Split.TEST).queries().stream().map(JudgedQuery::type).collect(Collectors.toSet()),
        "the test split has every type");
    for (JudgedQuery q : set.queries()) {
      assertTrue(q.grades().containsValue(2), q.id() + " " + q.text() + " has no row graded 2");
    }
  }

  @Test
  void theJudgmentsReachAllFiveDocumentsAndThreeRegions() {
    Set<String> judged = RelevanceSet.bundled().queries().stream()
        .flatMap(q -> q.grades().keySet().stream())
        .collect(Collectors.toSet());
    for (String doc : Set.of("jinjiang-2026-breakdown-", "jinjiang-2024-report-", "jinjiang-2025-report-",
        "jinjiang-2026-contest-", "nanan-2026-breakdown-", "quangang-2026-breakdown-")) {
      assertTrue(judged.stream().anyMatch(id -> id.startsWith(doc)), "no judged row of " + doc);
    }
  }

  @Test
  void theSplitIsFixedByTheIdAndHoldsAtLeastFortyQueriesWrittenAsTest() {
    assertEquals(RelevanceSet.Split.TEST, RelevanceSet.Split.of("t07"));
    assertEquals(RelevanceSet.Split.DEV, RelevanceSet.Split.of("d07"));
    assertEquals(RelevanceSet.Split.DEV, RelevanceSet.Split.of("q01"), "CRC-32 of q01 is even");
    assertEquals(RelevanceSet.Split.TEST, RelevanceSet.Split.of("q04"), "CRC-32 of q04 is odd");
    RelevanceSet set = RelevanceSet.bundled();
    RelevanceSet test = set.split(RelevanceSet.Split.TEST);
    assertTrue(test.queries().stream().filter(q -> q.id().startsWith("t")).count() >= 40);
    assertEquals(set.queries().size(), test.queries().size() + set.split(RelevanceSet.Split.DEV).queries().size());
  }

  @Test
  void aBadGradeNamesFileAndLine() {
    IOException e = assertThrows(IOException.class, () -> read("q1\ttopic\t海外仓\n", "# h\nq1\trow-1\t3\n"));
    assertEquals("j.tsv:2: grade must be 0, 1 or 2, not '3'", e.getMessage());
  }

  @Test
  void aJudgmentForAnUnknownQueryIsRefused() {
    IOException e = assertThrows(IOException.class, () -> read("q1\ttopic\t海外仓\n", "q2\trow-1\t2\n"));
    assertEquals("j.tsv:1: no query q2 in q.tsv", e.getMessage());
  }

  @Test
  void aRowJudgedTwiceIsRefused() {
    assertThrows(IOException.class, () -> read("q1\ttopic\t海外仓\n", "q1\trow-1\t2\nq1\trow-1\t1\n"));
  }

  @Test
  void notesAreOptionalAndBlankLinesIgnored() throws IOException {
    RelevanceSet set = read("\nq1\ttopic\t海外仓\n", "q1\trow-1\t2\nq1\trow-2\t0\n");
    JudgedQuery q = set.queries().get(0);
    assertEquals("", q.note());
    assertEquals(2, q.grade("row-1"));
    assertEquals(1, q.relevantCount(), "grade 0 is judged, not relevant");
  }

  @Test
  void aRowThatNoLongerPrintsItsExcerptIsReported() throws IOException {
    RelevanceSet set = read("q1\ttopic\t海外仓\n", "q1\trow-1\t2\t新建超20个海外仓\nq1\trow-2\t1\nq1\trow-3\t1\n");
    Map<String, String> tasks = Map.of("row-1", "新建超 20 个海外仓，持续拓展", "row-2", "加快建设保税仓");
    assertEquals(List.of("row-3: judged, but not in the index"),
        JudgedRows.problems(set, id -> Optional.ofNullable(tasks.get(id))), "whitespace is ignored, no excerpt means no check");
    Map<String, String> shifted = Map.of("row-1", "沈海高速朴里服务区", "row-2", "x", "row-3", "y");
    assertEquals(List.of("row-1: was judged when it printed '新建超20个海外仓…', now prints '沈海高速朴里服务区…'"),
        JudgedRows.problems(set, id -> Optional.ofNullable(shifted.get(id))));
  }

  private static RelevanceSet read(String queries, String judgments) throws IOException {
    return RelevanceSet.read("t", new StringReader(queries), "q.tsv", new StringReader(judgments), "j.tsv");
  }
}
