package org.fenjie.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that every judged row is still the row that was judged: its id exists in the index and
 * its task text still holds the excerpt recorded with the judgment. Ingest may renumber rows (a
 * paragraph joined across a page break shifts the ids after it); figures over drifted judgments
 * would be silently wrong, so the problems are listed instead.
 */
public final class JudgedRows {

  /** Task text of a row by id, empty when the index has no such row. */
  @FunctionalInterface
  public interface TaskText {
    Optional<String> of(String rowId) throws IOException;
  }

  /** One line per judged row that is missing or no longer prints its excerpt; empty when all agree. */
  public static List<String> problems(RelevanceSet set, TaskText tasks) throws IOException {
    Set<String> judged = new LinkedHashSet<>();
    set.queries().forEach(q -> q.grades().forEach((id, g) -> judged.add(id)));
    List<String> out = new ArrayList<>();
    for (String id : judged) {
      Optional<String> task = tasks.of(id);
      String excerpt = set.excerpts().get(id);
      if (task.isEmpty()) {
        out.add(id + ": judged, but not in the index");
      } else if (excerpt != null && !task.get().replaceAll("\\s+", "").contains(excerpt)) {
        out.add(id + ": was judged when it printed '" + excerpt + "…', now prints '" + start(task.get()) + "…'");
      }
    }
    return out;
  }

  private static String start(String task) {
    String flat = task.replaceAll("\\s+", "");
    return flat.substring(0, Math.min(flat.length(), 12));
  }

  private JudgedRows() {}
}
