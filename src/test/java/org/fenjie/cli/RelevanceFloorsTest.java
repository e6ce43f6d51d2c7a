package org.fenjie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fenjie.pipeline.SeedIndexing;
import org.fenjie.eval.Evaluation;
import org.fenjie.eval.JudgedQuery;
import org.fenjie.eval.RelevanceSet;
import org.fenjie.eval.RelevanceSet.Split;
import org.fenjie.eval.SimilarEvaluation;
import org.fenjie.eval.SimilarSet;
import org.fenjie.model.TaskRow;
import org.fenjie.search.LuceneTaskSearch;
import org.fenjie.search.SearchHit;
import org.fenjie.search.SearchOptions;
import org.fenjie.search.SearchRequest;
import org.fenjie.search.TaskSearch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Relevance floors on the real seeds and the bundled judged set (docs/eval.md): each floor sits a
 * little below the figure measured when it was set, so a ranking change that hurts fails here.
 * Raise a floor when a change measurably improves the figure; never lower one to make a change pass
 * without saying why in the commit.
 */
class RelevanceFloorsTest {

  /**
   * Overall floors on the test split (RelevanceSet.Split), semantic tier off. After the seen queries moved to dev and 19
   * new test queries were written (468d4eb): measured 0.916 nDCG@10, 0.904 recall@50, 0.960 MRR. Before that: 0.919 nDCG@10, 0.919
   * recall@50 (0.961 of the rows graded 2), 0.966 MRR after issue 14's query plan (0.585, 0.555, 0.602, 0.663
   * before it).
   */
  static final double NDCG = 0.91;
  static final double RECALL = 0.90;
  static final double DIRECT_RECALL = 0.95;
  static final double MRR = 0.95;

  /** nDCG@10 per query type on the test split, each a little below its measured value (docs/eval.md). */
  static final Map<String, Double> NDCG_BY_TYPE = Map.ofEntries(
      Map.entry("topic", 0.97), Map.entry("synonym", 0.80), Map.entry("phrase", 0.98), Map.entry("and", 0.97),
      Map.entry("leader", 0.90), Map.entry("unit", 0.96), Map.entry("number", 0.98), Map.entry("loose", 0.88),
      Map.entry("long", 0.94), Map.entry("pasted", 0.80), Map.entry("typo", 0.65), Map.entry("or", 0.95));

  @TempDir static Path index;
  static RelevanceSet set = RelevanceSet.bundled();
  static List<Evaluation> all;

  @BeforeAll
  static void evaluate() throws IOException {
    SeedIndexing.build(Path.of("seeds"), index, SeedIndexing.Policy.LEAVE_OUT_REFUSED);
    all = EvalCommand.evaluate(set, index);
  }

  @Test
  void theServedRankingMeetsItsFloors() {
    Evaluation.Summary s = served().overall();
    assertTrue(s.ndcg() >= NDCG, "nDCG@10 " + s.ndcg());
    assertTrue(s.recall() >= RECALL, "recall@50 " + s.recall());
    assertTrue(s.directRecall() >= DIRECT_RECALL, "recall@50 of rows graded 2: " + s.directRecall());
    assertTrue(s.mrr() >= MRR, "MRR " + s.mrr());
  }

  @Test
  void everyQueryTypeMeetsItsFloor() {
    Map<String, Evaluation.Summary> byType = served().byType();
    assertEquals(NDCG_BY_TYPE.keySet(), byType.keySet());
    NDCG_BY_TYPE.forEach((type, floor) ->
        assertTrue(byType.get(type).ndcg() >= floor, type + " nDCG@10 " + byType.get(type).ndcg() + " < " + floor));
  }

  @Test
  void theServedRankingIsClearlyAboveTheNaiveBaseline() {
    Evaluation.Summary served = served().overall();
    Evaluation.Summary base = all.get(all.size() - 1).split(Split.TEST).overall();
    assertTrue(served.ndcg() - base.ndcg() >= 0.4, served.ndcg() + " vs baseline " + base.ndcg());
    assertTrue(served.recall() - base.recall() >= 0.45, served.recall() + " vs baseline " + base.recall());
  }

  /** On the dev split, the one tuned on: a switch that beats the served ranking there should be off. */
  @Test
  void noRankingSwitchHurts() {
    double served = all.get(0).split(Split.DEV).overall().ndcg();
    for (Evaluation without : all.subList(1, all.size() - 1)) {
      assertTrue(without.split(Split.DEV).overall().ndcg() <= served + 1e-9, without.ranker() + " beats the served ranking");
    }
  }

  @Test
  void everyJudgedRowIsStillTheRowThatWasJudged() throws IOException {
    assertEquals(List.of(), EvalCommand.warnAboutDriftedJudgments(set, index, new PrintStream(PrintStream.nullOutputStream())));
  }

  @Test
  void theCommandPrintsEveryTableAndHonoursAFloor() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(PrintStream.nullOutputStream());
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    assertEquals(0, Main.run(List.of("eval", "--index", index.toString(), "--worst", "2"), print, err));
    String text = out.toString(StandardCharsets.UTF_8);
    for (String expected : List.of("fenjie (served ranking)", "baseline: QueryParser", "per query type", "overall",
        "worst first", "the 2 worst dev queries in detail", "== test split", "--show-test", "similar tasks:", "nDCG@5")) {
      assertTrue(text.contains(expected), "missing '" + expected + "' in\n" + text);
    }
    assertEquals(1, Main.run(List.of("eval", "--index", index.toString(), "--worst", "0", "--min-ndcg", "1.01"),
        new PrintStream(PrintStream.nullOutputStream()), err));
  }

  /** Similar tasks on their judged set: measured 0.830 nDCG@5, 0.792 recall@5, 0.929 MRR@10. */
  @Test
  void similarTasksMeetTheirFloors() throws IOException {
    SimilarEvaluation e = SimilarEval.evaluate(index);
    assertTrue(e.ndcg() >= 0.80, "similar nDCG@5 " + e.ndcg());
    assertTrue(e.recall() >= 0.76, "similar recall@5 " + e.recall());
    assertTrue(e.mrr() >= 0.90, "similar MRR@10 " + e.mrr());
  }

  /** A judged similar row must exist and lie in another region than its source, or it can never be found. */
  @Test
  void everySimilarJudgmentNamesARowOfAnotherRegion() throws IOException {
    try (TaskSearch search = LuceneTaskSearch.open(index)) {
      for (JudgedQuery q : SimilarSet.bundled().sources()) {
        TaskRow source = search.get(q.id()).orElseThrow(() -> new AssertionError("no source row " + q.id()));
        for (String id : q.grades().keySet()) {
          TaskRow row = search.get(id).orElseThrow(() -> new AssertionError("no judged row " + id));
          assertTrue(!row.region().equals(source.region()), id + " is in the region of " + q.id());
        }
      }
    }
  }

  /**
   * On every judged query a later tier never pushes an exact match down: the hits labelled "all" are
   * exactly the exact-match-only engine's hits, in its order, and come first; the later tiers follow in
   * the plan's order (suggestion and related terms, then most words, then semantic).
   */
  @Test
  void laterTiersOnlyAddRowsBelowTheExactMatch() throws IOException {
    SearchOptions exactOnly = SearchOptions.defaults().withRelated(false).withMost(false).withSuggestions(false)
        .withSemantic(false);
    List<String> order = List.of("all", "related", "most", "semantic");
    try (LuceneTaskSearch on = LuceneTaskSearch.open(index);
        LuceneTaskSearch off = LuceneTaskSearch.open(index, exactOnly)) {
      for (JudgedQuery q : set.queries()) {
        SearchRequest r = new SearchRequest(q.text(), Map.of(), 1, 100, SearchRequest.SortOrder.RELEVANCE);
        List<String> exact = off.search(r).hits().stream().map(h -> h.row().id()).toList();
        List<SearchHit> hits = on.search(r).hits();
        assertEquals(exact, hits.stream().limit(exact.size()).map(h -> h.row().id()).toList(), q.text());
        for (int i = 0; i < hits.size(); i++) {
          assertEquals(i < exact.size(), hits.get(i).match().equals("all"), q.text() + " #" + i);
          if (i > 0) {
            assertTrue(order.indexOf(hits.get(i - 1).match()) <= order.indexOf(hits.get(i).match()), q.text() + " #" + i);
          }
        }
      }
    }
  }

  /** The served ranking on the test split: what the floors hold. */
  private static Evaluation served() {
    return all.get(0).split(Split.TEST);
  }
}
