package org.fenjie.eval;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The judged similar-tasks set (resource eval/similar.tsv, format in docs/eval.md): for each source
 * row, the rows of other regions that make the same promise (2) or a related one (1).
 */
public record SimilarSet(List<JudgedQuery> sources) {

  public static final String FILE = "similar.tsv";

  public SimilarSet {
    sources = List.copyOf(sources);
  }

  /** The set bundled in the jar; a malformed line fails loudly, naming it. */
  public static SimilarSet bundled() throws IOException {
    try (Reader r = RelevanceSet.resource(FILE)) {
      return read(r, FILE);
    }
  }

  static SimilarSet read(Reader reader, String name) throws IOException {
    Map<String, Map<String, Integer>> bySource = new LinkedHashMap<>();
    for (RelevanceSet.Line l : RelevanceSet.lines(reader, name)) {
      if (l.cells().length < 3 || l.cells()[0].isBlank() || l.cells()[1].isBlank()) {
        throw l.error("expected source-row-id, row-id, grade");
      }
      Map<String, Integer> grades = bySource.computeIfAbsent(l.cells()[0].strip(), k -> new LinkedHashMap<>());
      if (grades.put(l.cells()[1].strip(), RelevanceSet.grade(l)) != null) {
        throw l.error("row " + l.cells()[1].strip() + " is judged twice for this source");
      }
    }
    List<JudgedQuery> out = new ArrayList<>();
    bySource.forEach((source, grades) -> out.add(new JudgedQuery(source, "similar", source, "", grades)));
    return new SimilarSet(out);
  }

  public int judgmentCount() {
    return sources.stream().mapToInt(q -> q.grades().size()).sum();
  }
}
