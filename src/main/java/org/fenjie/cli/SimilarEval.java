package org.fenjie.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.fenjie.eval.SimilarEvaluation;
import org.fenjie.eval.SimilarSet;
import org.fenjie.search.LuceneTaskSearch;
import org.fenjie.search.TaskSearch;

/** The similar-tasks part of `fenjie eval`: TaskSearch.similar scored on the bundled judged set. */
final class SimilarEval {

  private SimilarEval() {}

  static SimilarEvaluation evaluate(Path index) throws IOException {
    try (TaskSearch search = LuceneTaskSearch.open(index)) {
      return SimilarEvaluation.run(
          (source, depth) -> search.similar(source, depth).stream().map(t -> t.row().id()).toList(),
          SimilarSet.bundled());
    }
  }

  /** Overall figures, then each source row with its first five (grade in brackets, - = not judged). */
  static void print(SimilarEvaluation e, PrintStream out) {
    out.printf("similar tasks: %d source rows, %d judged rows%n", e.scores().size(),
        e.scores().stream().mapToInt(s -> s.source().grades().size()).sum());
    out.printf("  nDCG@5 %.3f   recall@5 %.3f   MRR@10 %.3f%n", e.ndcg(), e.recall(), e.mrr());
    for (SimilarEvaluation.Score s : e.scores()) {
      String top = s.ranked().stream().limit(SimilarEvaluation.DEPTH)
          .map(id -> id + "(" + (s.source().grade(id) > 0 ? s.source().grade(id) : "-") + ")")
          .collect(Collectors.joining(" "));
      out.printf("  %-30s nDCG@5 %.3f  recall@5 %.3f  %s%n", s.source().id(), s.ndcg(), s.recall(), top);
    }
  }
}
