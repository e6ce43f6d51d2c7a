package org.fenjie.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** One ranker's scores on every query of a relevance set, with means per query type and overall. */
public record Evaluation(String ranker, List<QueryScore> scores) {

  public static Evaluation run(String name, Ranker ranker, RelevanceSet set) throws IOException {
    List<QueryScore> scores = new ArrayList<>();
    for (JudgedQuery q : set.queries()) {
      scores.add(QueryScore.of(q, ranker.rank(q.text(), RankingMetrics.RECALL_DEPTH)));
    }
    return new Evaluation(name, List.copyOf(scores));
  }

  /** The same scores for the queries of one split only. */
  public Evaluation split(RelevanceSet.Split which) {
    return new Evaluation(ranker, scores.stream().filter(s -> RelevanceSet.Split.of(s.query().id()) == which).toList());
  }

  public Summary overall() {
    return Summary.of(scores);
  }

  /** Means per query type, types in the order they first appear in the set. */
  public Map<String, Summary> byType() {
    Map<String, List<QueryScore>> groups = new LinkedHashMap<>();
    for (QueryScore s : scores) {
      groups.computeIfAbsent(s.query().type(), t -> new ArrayList<>()).add(s);
    }
    Map<String, Summary> out = new LinkedHashMap<>();
    groups.forEach((type, list) -> out.put(type, Summary.of(list)));
    return out;
  }

  public QueryScore score(String queryId) {
    return scores.stream().filter(s -> s.query().id().equals(queryId)).findFirst().orElseThrow();
  }

  /** Mean nDCG@10, recall@50, recall@50 of rows graded 2, and MRR over {@code count} queries. */
  public record Summary(int count, double ndcg, double recall, double directRecall, double mrr) {
    static Summary of(List<QueryScore> scores) {
      return new Summary(
          scores.size(),
          mean(scores, QueryScore::ndcg),
          mean(scores, QueryScore::recall),
          mean(scores, QueryScore::directRecall),
          mean(scores, QueryScore::reciprocalRank));
    }

    private static double mean(List<QueryScore> scores, ToDoubleFunction<QueryScore> f) {
      return scores.stream().mapToDouble(f).average().orElse(0);
    }
  }
}
