package org.fenjie.model;

import java.util.List;

/** Everything ingest produced from one source document: rows, glossary entries and warnings. */
public record ParsedDocument(
    String source, List<TaskRow> rows, List<GlossaryEntry> glossary, List<IngestWarning> warnings) {

  public ParsedDocument {
    rows = List.copyOf(rows);
    glossary = List.copyOf(glossary);
    warnings = List.copyOf(warnings);
  }
}
