package org.fenjie.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Similar tasks scored against {@link SimilarSet}: per source row nDCG@5, recall@5 (judged rows in
 * the first five, over min(judged, 5)) and reciprocal rank of the first judged row within ten,
 * and their means. Five is what a user reads in the "similar tasks" box.
 */
public record SimilarEvaluation(List<Score> scores) {

  public static final int DEPTH = 5;
  static final int RR_DEPTH = 10;

  /** One source row: its figures and the ids the ranker returned, best first. */
  public record Score(JudgedQuery source, double ndcg, double recall, double rr, List<String> ranked) {}

  /** {@code ranker} gets a source row id as its query and returns similar row ids. */
  public static SimilarEvaluation run(Ranker ranker, SimilarSet set) throws IOException {
    List<Score> out = new ArrayList<>();
    for (JudgedQuery q : set.sources()) {
      List<String> ranked = ranker.rank(q.text(), RR_DEPTH);
      out.add(new Score(q, RankingMetrics.ndcg(ranked, q, DEPTH), RankingMetrics.recall(ranked, q, DEPTH),
          RankingMetrics.reciprocalRank(ranked, q, RR_DEPTH), ranked));
    }
    return new SimilarEvaluation(out);
  }

  public double ndcg() {
    return scores.stream().mapToDouble(Score::ndcg).average().orElse(0);
  }

  public double recall() {
    return scores.stream().mapToDouble(Score::recall).average().orElse(0);
  }

  public double mrr() {
    return scores.stream().mapToDouble(Score::rr).average().orElse(0);
  }
}
