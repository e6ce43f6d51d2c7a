package org.fenjie.ingest.read;

import java.util.List;

/**
 * A document's text as lines (1-based line numbers in messages), decoded from UTF-8, with the
 * file name it came from. Layouts read this, never the file system.
 */
public record SourceText(String fileName, List<String> lines) {
  public SourceText {
    lines = List.copyOf(lines);
  }

  /** The line with 1-based number {@code n}. */
  public String line(int n) {
    return lines.get(n - 1);
  }
}
