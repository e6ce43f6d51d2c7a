package org.fenjie.eval;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Prints evaluations as plain-text tables a person can read in a terminal: rankers side by side,
 * the served ranking against the baseline per query type, every query worst first, and for the
 * worst ones the relevant rows missed and the unjudged rows ranked in the top 10.
 */
public final class EvalReport {

  private final PrintStream out;

  public EvalReport(PrintStream out) {
    this.out = out;
  }

  /** One line per ranker: overall nDCG@10, recall@50, MRR, and recall@50 of the rows graded 2. */
  public void rankers(List<Evaluation> evaluations) {
    out.printf("%-44s %8s %10s %6s %11s%n", "ranking", "nDCG@10", "recall@50", "MRR", "(2s @50)");
    for (Evaluation e : evaluations) {
      Evaluation.Summary s = e.overall();
      out.printf("%-44s %8.3f %10.3f %6.3f %11.3f%n", e.ranker(), s.ndcg(), s.recall(), s.mrr(), s.directRecall());
    }
  }

  /** Per query type and overall: the served ranking, the baseline in brackets. */
  public void byType(Evaluation current, Evaluation baseline) {
    out.printf("%-9s %3s  %-15s  %-15s  %-15s%n", "type", "n", "nDCG@10 (base)", "recall@50 (base)", "MRR (base)");
    Map<String, Evaluation.Summary> base = baseline.byType();
    current.byType().forEach((type, s) -> typeLine(type, s, base.get(type)));
    typeLine("overall", current.overall(), baseline.overall());
  }

  private void typeLine(String type, Evaluation.Summary s, Evaluation.Summary b) {
    out.printf("%-9s %3d  %5.3f (%5.3f)    %5.3f (%5.3f)     %5.3f (%5.3f)%n",
        type, s.count(), s.ndcg(), b.ndcg(), s.recall(), b.recall(), s.mrr(), b.mrr());
  }

  /** Every query, lowest nDCG@10 first, with the baseline's nDCG@10 beside it. */
  public void perQuery(Evaluation current, Evaluation baseline) {
    out.printf("%-4s %-8s %-22s %4s %8s %7s %6s %6s%n", "id", "type", "query", "rel", "nDCG@10", "rec@50", "RR", "base");
    for (QueryScore s : worstFirst(current)) {
      JudgedQuery q = s.query();
      out.printf("%-4s %-8s %s %4d %8.3f %7.3f %6.3f %6.3f%n", q.id(), q.type(), pad(q.text(), 22),
          q.relevantCount(), s.ndcg(), s.recall(), s.reciprocalRank(), baseline.score(q.id()).ndcg());
    }
  }

  /** The {@code n} worst queries in detail; {@code describe} turns a row id into a short label. */
  public void worst(Evaluation current, int n, Function<String, String> describe) {
    for (QueryScore s : worstFirst(current).stream().limit(n).toList()) {
      JudgedQuery q = s.query();
      out.printf("%s %s [%s] nDCG@10 %.3f recall@50 %.3f — %s%n", q.id(), q.text(), q.type(), s.ndcg(), s.recall(), q.note());
      for (String id : s.missed()) {
        out.printf("    missed (grade %d) %s%n", q.grade(id), describe.apply(id));
      }
      for (String id : s.unjudgedInTop(RankingMetrics.NDCG_DEPTH)) {
        out.printf("    top-10, not judged relevant: #%d %s%n", s.ranked().indexOf(id) + 1, describe.apply(id));
      }
    }
  }

  private static List<QueryScore> worstFirst(Evaluation e) {
    return e.scores().stream()
        .sorted(Comparator.comparingDouble(QueryScore::ndcg).thenComparingDouble(QueryScore::recall))
        .toList();
  }

  /** Pads to a display width, counting a CJK character as two columns. */
  static String pad(String s, int width) {
    StringBuilder b = new StringBuilder();
    int w = 0;
    for (int cp : s.codePoints().toArray()) {
      int cw = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || cp >= 0xFF00 ? 2 : 1;
      if (w + cw > width) {
        break;
      }
      b.appendCodePoint(cp);
      w += cw;
    }
    return b + " ".repeat(width - w);
  }
}
