package org.fenjie.index;

import java.io.IOException;
import java.util.List;

/**
 * A build that was refused and not swapped in (duplicate ids, a row the index cannot hold, rows
 * lost between parsing and the index); the previous index keeps serving.
 */
public final class IndexBuildException extends IOException {
  private final List<BuildReport.DocumentCount> counts;

  public IndexBuildException(String message, List<BuildReport.DocumentCount> counts) {
    super(message);
    this.counts = List.copyOf(counts);
  }

  public IndexBuildException(String message, Throwable cause) {
    super(message, cause);
    this.counts = List.of();
  }

  /** Per document counts when the failure was a count mismatch, otherwise empty. */
  public List<BuildReport.DocumentCount> counts() {
    return counts;
  }
}
