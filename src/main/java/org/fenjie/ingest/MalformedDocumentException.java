package org.fenjie.ingest;

/** A document that cannot be read as any known layout; the message names the file and the line. */
public final class MalformedDocumentException extends Exception {
  private final String fileName;
  private final int line;

  public MalformedDocumentException(String fileName, int line, String message) {
    super(fileName + ":" + line + ": " + message);
    this.fileName = fileName;
    this.line = line;
  }

  public String fileName() {
    return fileName;
  }

  /** 1-based line number, 0 when the problem is the file as a whole. */
  public int line() {
    return line;
  }
}
