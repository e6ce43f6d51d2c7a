package org.fenjie.eval;

import java.io.IOException;
import java.util.List;

/** A ranking under evaluation: row ids for a query, best first, at most {@code depth} of them. */
@FunctionalInterface
public interface Ranker {
  List<String> rank(String query, int depth) throws IOException;
}
