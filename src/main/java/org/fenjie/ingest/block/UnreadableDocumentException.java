package org.fenjie.ingest.block;

/** A file that a reader cannot turn into blocks: the message names the file and says why (no text layer, password…). */
public final class UnreadableDocumentException extends Exception {
  private final String source;

  public UnreadableDocumentException(String source, String reason) {
    super(source + ": " + reason);
    this.source = source;
  }

  public UnreadableDocumentException(String source, String reason, Throwable cause) {
    super(source + ": " + reason, cause);
    this.source = source;
  }

  public String source() {
    return source;
  }
}
