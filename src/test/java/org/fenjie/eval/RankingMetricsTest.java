package org.fenjie.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The metrics against values worked out by hand. */
class RankingMetricsTest {

  private static final JudgedQuery Q = new JudgedQuery("q", "topic", "海外仓", "", Map.of("a", 2, "b", 1, "c", 0));
  private static final double EPS = 1e-9;

  @Test
  void theIdealOrderScoresOne() {
    assertEquals(1.0, RankingMetrics.ndcg(List.of("a", "b", "x"), Q, 10), EPS);
    assertEquals(1.0, RankingMetrics.recall(List.of("a", "b"), Q, 50), EPS);
    assertEquals(1.0, RankingMetrics.reciprocalRank(List.of("a"), Q, 50), EPS);
  }

  @Test
  void aSwappedPairLosesWhatTheDiscountSays() {
    // DCG = 1/log2(2) + 2/log2(3); ideal = 2/log2(2) + 1/log2(3)
    double dcg = 1 + 2 / log2(3);
    double ideal = 2 + 1 / log2(3);
    assertEquals(dcg / ideal, RankingMetrics.ndcg(List.of("b", "a"), Q, 10), EPS);
  }

  @Test
  void rowsJudgedIrrelevantOrUnjudgedCountForNothing() {
    assertEquals(0.0, RankingMetrics.ndcg(List.of("c", "x"), Q, 10), EPS);
    assertEquals(1.0 / 3, RankingMetrics.reciprocalRank(List.of("c", "x", "b"), Q, 50), EPS);
    assertEquals(0.5, RankingMetrics.recall(List.of("c", "b"), Q, 50), EPS);
  }

  @Test
  void onlyTheTopKCount() {
    assertEquals(0.0, RankingMetrics.ndcg(List.of("x", "a"), Q, 1), EPS);
    assertEquals(0.0, RankingMetrics.reciprocalRank(List.of("x", "a"), Q, 1), EPS);
  }

  @Test
  void recallIsCappedAtTheDepth() {
    JudgedQuery many = new JudgedQuery("m", "unit", "工信局", "", Map.of("a", 2, "b", 2, "c", 2));
    assertEquals(1.0, RankingMetrics.recall(List.of("a", "b"), many, 2), EPS);
    assertEquals(0.5, RankingMetrics.recall(List.of("a", "x"), many, 2), EPS);
  }

  @Test
  void directRecallCountsOnlyRowsGradedTwo() {
    assertEquals(1.0, RankingMetrics.recall(List.of("a"), Q, 50, 2), EPS);
    assertEquals(0.0, RankingMetrics.recall(List.of("b"), Q, 50, 2), EPS);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
