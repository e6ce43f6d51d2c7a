package org.fenjie.ingest.layout;

import org.fenjie.ingest.MalformedDocumentException;
import org.fenjie.ingest.block.DocumentBlocks;
import org.fenjie.ingest.block.SourceText;
import org.fenjie.model.ParsedDocument;

/**
 * One way a source document can be laid out (a tab table with 责任领导 columns, a Word table, an inline
 * "（牵头市领导：…，责任单位：…）" list, a work report…). A layout recognises its documents from their blocks
 * (header row spellings and cell shapes), never from the file name or the format.
 */
public interface DocumentLayout {

  /** Short ASCII name used in messages, e.g. "line-table". */
  String name();

  /** True when this layout can read the document. Exactly one layout must claim a document. */
  boolean claims(DocumentBlocks doc);

  ParsedDocument parse(DocumentBlocks doc) throws MalformedDocumentException;

  /** {@link #claims(DocumentBlocks)} for text already split into lines. */
  default boolean claims(SourceText text) {
    return claims(text.blocks());
  }

  /** {@link #parse(DocumentBlocks)} for text already split into lines. */
  default ParsedDocument parse(SourceText text) throws MalformedDocumentException {
    return parse(text.blocks());
  }
}
