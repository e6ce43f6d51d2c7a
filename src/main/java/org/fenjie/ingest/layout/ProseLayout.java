package org.fenjie.ingest.layout;

import org.fenjie.ingest.MalformedDocumentException;
import org.fenjie.ingest.block.DocumentBlocks;
import org.fenjie.ingest.block.SourceText;
import org.fenjie.model.ParsedDocument;

/**
 * A layout that reads a document's paragraphs as lines (a work report, an inline list): whatever the
 * format, it sees the text blocks in reading order, one line per line, and no tables.
 */
abstract class ProseLayout implements DocumentLayout {
  @Override
  public final boolean claims(DocumentBlocks doc) {
    return claims(SourceText.of(doc));
  }

  @Override
  public final ParsedDocument parse(DocumentBlocks doc) throws MalformedDocumentException {
    return parse(SourceText.of(doc));
  }

  @Override
  public abstract boolean claims(SourceText text);

  @Override
  public abstract ParsedDocument parse(SourceText text) throws MalformedDocumentException;
}
