package org.fenjie.ingest.block;

/** A paragraph or a table, in the document's reading order. */
public sealed interface Block permits TextBlock, TableBlock {
  Location at();
}
