package org.fenjie.eval;

import java.util.List;

/**
 * The three figures the relevance set is scored with, each in [0, 1] and each 0 for a query with
 * no relevant rows: nDCG@k with linear gain (the grade) and log2 discount, as trec_eval's
 * ndcg_cut; recall@k over rows graded 1 or 2, capped (found / min(relevant, k)) so a query with
 * more relevant rows than k can still score 1 by filling all k places; reciprocal rank of the
 * first row graded 1 or 2.
 */
public final class RankingMetrics {

  public static final int NDCG_DEPTH = 10;
  public static final int RECALL_DEPTH = 50;

  public static double ndcg(List<String> ranked, JudgedQuery q, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      dcg += q.grade(ranked.get(i)) / log2(i + 2);
    }
    List<Integer> ideal = q.grades().values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).toList();
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++) {
      idcg += ideal.get(i) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  public static double recall(List<String> ranked, JudgedQuery q, int k) {
    return recall(ranked, q, k, 1);
  }

  /** Recall@k counting only rows graded at least {@code minGrade}; 1 when there are none. */
  public static double recall(List<String> ranked, JudgedQuery q, int k, int minGrade) {
    long relevant = q.grades().values().stream().filter(g -> g >= minGrade).count();
    if (relevant == 0) {
      return minGrade > 1 ? 1 : 0;
    }
    long found = ranked.stream().limit(k).filter(id -> q.grade(id) >= minGrade).count();
    return (double) found / Math.min(relevant, k);
  }

  public static double reciprocalRank(List<String> ranked, JudgedQuery q, int k) {
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      if (q.grade(ranked.get(i)) > 0) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  private RankingMetrics() {}
}
