package org.fenjie.index;

import java.nio.file.Path;
import java.util.List;

/** What one build did: rows given and indexed per source document, and the generation it wrote. */
public record BuildReport(List<DocumentCount> documents, long rows, int glossaryEntries, IndexInfo info, Path generation) {

  public BuildReport {
    documents = List.copyOf(documents);
  }

  /** Rows the parser gave for one source and rows found in the built index for it. */
  public record DocumentCount(String source, long rowsGiven, long rowsIndexed) {
    public boolean complete() {
      return rowsGiven == rowsIndexed;
    }
  }
}
