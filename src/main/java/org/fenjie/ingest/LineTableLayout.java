package org.fenjie.ingest;

import org.fenjie.model.ParsedDocument;

/** Placeholder until the table layouts land. */
public final class LineTableLayout implements DocumentLayout {
  @Override
  public String name() {
    return "line-table";
  }

  @Override
  public boolean claims(SourceText text) {
    return false;
  }

  @Override
  public ParsedDocument parse(SourceText text) throws MalformedDocumentException {
    throw new MalformedDocumentException(text.fileName(), 0, "not implemented yet");
  }
}
