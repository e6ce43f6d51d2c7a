package org.fenjie.ingest.read;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.fenjie.ingest.block.DocumentBlocks;
import org.fenjie.ingest.block.DocumentReader;
import org.fenjie.ingest.block.UnreadableDocumentException;

/**
 * Which reader a file needs, decided from its bytes alone: "%PDF" is a PDF, a zip is a .docx, an OLE2
 * compound file is a .doc or WPS .wps, markup is an HTML page; anything else is text for the text reader.
 * The file name is never asked, so a .doc renamed .pdf is read as the Word file it is.
 */
public final class Formats {
  /** How much of a file the readers' {@link DocumentReader#recognises} look at. */
  public static final int HEAD_BYTES = 1024;

  private static final List<DocumentReader> READERS =
      List.of(new PdfReader(), new DocxReader(), new WordBinaryReader(), new HtmlReader());

  private Formats() {}

  /** The binary and markup readers, in the order they are asked; none claims a plain text file. */
  public static List<DocumentReader> readers() {
    return READERS;
  }

  /** The reader these bytes need, or empty for text. */
  public static Optional<DocumentReader> readerFor(byte[] bytes) {
    byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, HEAD_BYTES));
    return READERS.stream().filter(r -> r.recognises(head)).findFirst();
  }

  /**
   * Reads a file that is not text; empty when it is text (the caller's text reader takes it). A file over
   * {@link ReadLimits#MAX_FILE_BYTES} or one its reader cannot read is an {@link UnreadableDocumentException}.
   */
  public static Optional<DocumentBlocks> read(String source, byte[] bytes) throws UnreadableDocumentException {
    Optional<DocumentReader> reader = readerFor(bytes);
    if (reader.isEmpty()) {
      return Optional.empty();
    }
    if (bytes.length > ReadLimits.MAX_FILE_BYTES) {
      throw new UnreadableDocumentException(source, "a " + reader.get().format() + " file of " + bytes.length
          + " bytes, more than the " + ReadLimits.MAX_FILE_BYTES + " a document may have");
    }
    return Optional.of(reader.get().read(source, bytes));
  }

  /** True when {@code head} starts with these bytes (the magic numbers of binary formats). */
  static boolean startsWith(byte[] head, int... magic) {
    if (head.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((head[i] & 0xff) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
