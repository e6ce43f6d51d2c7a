package org.fenjie.ingest.rows;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fenjie.model.IngestWarning;

/**
 * Hands out row ids within one document: a local key seen before (an item number printed twice
 * under one heading) gets "-2", "-3"… and a warning, so no row is lost or overwritten downstream.
 */
public final class UniqueIds {
  private final String documentSource;
  private final List<IngestWarning> warnings;
  private final Set<String> seen = new HashSet<>();

  public UniqueIds(String documentSource, List<IngestWarning> warnings) {
    this.documentSource = documentSource;
    this.warnings = warnings;
  }

  public String next(String documentKey, String localKey, int line) {
    String id = RowIds.row(documentKey, localKey);
    for (int n = 2; !seen.add(id); n++) {
      id = RowIds.row(documentKey, localKey + "-" + n);
      warnings.add(new IngestWarning(documentSource, line, id, "number " + localKey + " printed twice; id made unique"));
    }
    return id;
  }
}
