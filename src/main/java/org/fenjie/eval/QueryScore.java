package org.fenjie.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one ranker did on one query: nDCG@10, recall@50 (rows graded 1 or 2), recall@50 of the rows
 * graded 2 only ("direct"), reciprocal rank, and the ranking they were computed from.
 */
public record QueryScore(
    JudgedQuery query, List<String> ranked, double ndcg, double recall, double directRecall, double reciprocalRank) {

  static QueryScore of(JudgedQuery q, List<String> ranked) {
    return new QueryScore(
        q,
        List.copyOf(ranked),
        RankingMetrics.ndcg(ranked, q, RankingMetrics.NDCG_DEPTH),
        RankingMetrics.recall(ranked, q, RankingMetrics.RECALL_DEPTH),
        RankingMetrics.recall(ranked, q, RankingMetrics.RECALL_DEPTH, 2),
        RankingMetrics.reciprocalRank(ranked, q, RankingMetrics.RECALL_DEPTH));
  }

  /** Relevant rows the ranking did not return within the recall depth, best grade first. */
  public List<String> missed() {
    Set<String> returned = new HashSet<>(ranked.subList(0, Math.min(ranked.size(), RankingMetrics.RECALL_DEPTH)));
    return query.grades().entrySet().stream()
        .filter(e -> e.getValue() > 0 && !returned.contains(e.getKey()))
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Rows in the top {@code k} that were not judged relevant. */
  public List<String> unjudgedInTop(int k) {
    return ranked.stream().limit(k).filter(id -> query.grade(id) == 0).toList();
  }
}
