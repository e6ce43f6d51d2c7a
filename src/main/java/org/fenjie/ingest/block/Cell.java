package org.fenjie.ingest.block;

/**
 * One position of a table grid. A merged cell (rowspan/colspan, gridSpan/vMerge) fills every position it
 * covers: the top-left one has {@code spanned == false}, the others carry the same text with
 * {@code spanned == true}, so a layout can tell a merged 类别 cell from a value printed twice.
 * Paragraphs inside a cell are joined with '\n'.
 */
public record Cell(String text, boolean spanned, Location at) {
  public static Cell of(String text, Location at) {
    return new Cell(text, false, at);
  }
}
