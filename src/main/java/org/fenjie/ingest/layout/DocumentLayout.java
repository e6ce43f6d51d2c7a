package org.fenjie.ingest.layout;

import org.fenjie.ingest.MalformedDocumentException;
import org.fenjie.ingest.read.SourceText;

import org.fenjie.model.ParsedDocument;

/**
 * One way a source document can be laid out (a tab table with 责任领导 columns, an inline
 * "（牵头市领导：…，责任单位：…）" list, a work report…). A layout recognises its documents from
 * their header row and cell shapes, never from the file name.
 */
public interface DocumentLayout {

  /** Short ASCII name used in ids and messages, e.g. "breakdown-table". */
  String name();

  /** True when this layout can read the document. Exactly one layout must claim a document. */
  boolean claims(SourceText text);

  ParsedDocument parse(SourceText text) throws MalformedDocumentException;
}
