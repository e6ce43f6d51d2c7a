package org.fenjie.ingest;

import org.fenjie.model.ParsedDocument;

/** Placeholder until the table layouts land. */
public final class CellBlockTableLayout implements DocumentLayout {
  @Override
  public String name() {
    return "cell-block-table";
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
