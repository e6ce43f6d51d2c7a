package org.fenjie.eval;

import java.util.Map;

/**
 * One query of the relevance set: its id, its type (topic, and, phrase, synonym, leader, unit,
 * number), the text exactly as a user types it, what the judge took it to mean, and the graded
 * rows (2 directly about it, 1 related; rows not listed count as 0).
 */
public record JudgedQuery(String id, String type, String text, String note, Map<String, Integer> grades) {

  public JudgedQuery {
    grades = Map.copyOf(grades);
  }

  /** The grade of a row for this query, 0 when it was not judged relevant. */
  public int grade(String rowId) {
    return grades.getOrDefault(rowId, 0);
  }

  public long relevantCount() {
    return grades.values().stream().filter(g -> g > 0).count();
  }
}
