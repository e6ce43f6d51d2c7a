package org.fenjie.bench;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fenjie.search.BareLuceneSearch;

/**
 * Judges two top-id lists of one query by the scores the rows get on fenjie's index with the
 * harness's text semantics: they differ only in tie order when every row in one list and not the
 * other scores exactly the lowest score of {@code mine} (the cut).
 */
public final class ScoreTies implements Agreement.TieJudge {

  private static final float RELATIVE_EPSILON = 1e-5f;

  private final BareLuceneSearch lucene;
  private final Map<String, BenchQuery> queries = new HashMap<>();

  public ScoreTies(BareLuceneSearch lucene, List<BenchQuery> queries) {
    this.lucene = lucene;
    queries.forEach(q -> this.queries.put(q.id(), q));
  }

  @Override
  public boolean onlyTiesDiffer(String queryId, List<String> mine, List<String> theirs) throws IOException {
    BenchQuery q = queries.get(queryId);
    if (q == null || mine.isEmpty() || mine.size() != theirs.size()) {
      return false;
    }
    Set<String> all = new LinkedHashSet<>(mine);
    all.addAll(theirs);
    Map<String, Float> scores = lucene.scores(q.terms(), q.filters(), all);
    if (!scores.keySet().containsAll(all)) {
      return false; // a row that does not even match
    }
    float cut = Float.MAX_VALUE;
    for (String id : mine) {
      cut = Math.min(cut, scores.get(id));
    }
    for (String id : all) {
      boolean inBoth = mine.contains(id) && theirs.contains(id);
      if (!inBoth && Math.abs(scores.get(id) - cut) > RELATIVE_EPSILON * Math.max(1f, Math.abs(cut))) {
        return false;
      }
    }
    return true;
  }
}
