package org.fenjie.ingest.block;

/** Reads one file format into blocks. Which reader applies is decided from the bytes, never from the file name. */
public interface DocumentReader {

  /** The format name used in {@link DocumentBlocks#format()} and in messages, e.g. "pdf". */
  String format();

  /** True when these are this format's bytes (magic numbers, markup), looking at the first bytes only. */
  boolean recognises(byte[] head);

  /** Reads the whole file; a file that cannot be read is an {@link UnreadableDocumentException} saying why. */
  DocumentBlocks read(String source, byte[] bytes) throws UnreadableDocumentException;
}
