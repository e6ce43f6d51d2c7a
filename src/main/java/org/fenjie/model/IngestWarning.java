package org.fenjie.model;

/**
 * Something a reader of the document should look at (a lost cell, a guessed pairing, a table cut short);
 * the rows are still emitted. Structured so the terminal, {@code fenjie check} and the API show the same
 * thing: {@code source} is the file name, {@code page} the page of paged formats, {@code line} the line of
 * text formats (each null when unknown), {@code rowId} and {@code field} (a row key of docs/rows.md) null
 * when the warning is about the document rather than one row or one field.
 */
public record IngestWarning(String source, Integer page, Integer line, String rowId, String field, String message) {

  /** A warning at a line of a text source (line 0 or less: no line known), about no one field. */
  public IngestWarning(String source, int line, String rowId, String message) {
    this(source, null, line > 0 ? line : null, rowId, null, message);
  }

  /** The same warning about another row id (ids are made unique across a corpus after parsing). */
  public IngestWarning withRowId(String newRowId) {
    return new IngestWarning(source, page, line, newRowId, field, message);
  }

  /** Where to look, as a person reads it: "a.txt:12", "a.pdf p.3", "a.pdf p.3:7" or just "a.txt". */
  public String location() {
    StringBuilder s = new StringBuilder(source == null ? "?" : source);
    if (page != null) {
      s.append(" p.").append(page);
    }
    if (line != null) {
      s.append(':').append(line);
    }
    return s.toString();
  }

  /** One line for a terminal: location, row and field when known, then the message. */
  @Override
  public String toString() {
    return location() + ": " + (rowId == null ? "" : "[" + rowId + "] ")
        + (field == null ? "" : field + ": ") + message;
  }
}
