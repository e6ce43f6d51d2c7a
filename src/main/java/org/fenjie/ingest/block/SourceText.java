package org.fenjie.ingest.block;

import java.util.ArrayList;
import java.util.List;

/**
 * A document's text as lines (1-based line numbers in messages), with the file name it came from: the
 * view of {@link DocumentBlocks} that line-oriented layouts read. Tables are not part of it.
 */
public record SourceText(String fileName, List<String> lines) {
  public SourceText {
    lines = List.copyOf(lines);
  }

  /** The line with 1-based number {@code n}. */
  public String line(int n) {
    return lines.get(n - 1);
  }

  /** The text blocks of {@code doc}, one line per line of each block, in reading order. */
  public static SourceText of(DocumentBlocks doc) {
    List<String> lines = new ArrayList<>();
    for (Block b : doc.blocks()) {
      if (b instanceof TextBlock t) {
        lines.addAll(List.of(t.text().split("\n", -1)));
      }
    }
    return new SourceText(doc.source(), lines);
  }

  /** These lines as a plain-text document: one text block per line, located by its line number. */
  public DocumentBlocks blocks() {
    List<Block> blocks = new ArrayList<>(lines.size());
    for (int n = 1; n <= lines.size(); n++) {
      blocks.add(new TextBlock(lines.get(n - 1), Location.line(n)));
    }
    return new DocumentBlocks(fileName, "text", blocks, List.of());
  }
}
