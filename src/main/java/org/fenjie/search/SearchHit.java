package org.fenjie.search;

import java.util.Map;
import org.fenjie.model.TaskRow;

/**
 * One hit: the full row, its score, HTML-safe highlights by field name (e.g. "task"), and the tier that
 * found it: {@code "all"} (every word), {@code "most"}, {@code "related"} or {@code "semantic"}.
 */
public record SearchHit(TaskRow row, float score, Map<String, String> highlight, String match) {

  /** A hit of the exact tier. */
  public SearchHit(TaskRow row, float score, Map<String, String> highlight) {
    this(row, score, highlight, "all");
  }
}
