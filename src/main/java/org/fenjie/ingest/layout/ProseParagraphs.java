package org.fenjie.ingest.layout;

import org.fenjie.ingest.block.CellText;
import org.fenjie.ingest.block.SourceText;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Splits running prose (a work report) into paragraphs: lines without a blank line between them are
 * one paragraph, and a paragraph a page break cut mid-sentence is joined to its continuation.
 */
final class ProseParagraphs {

  /** Characters a finished paragraph ends with; anything else means the page break cut it. */
  private static final String FINAL_PUNCTUATION = "。！？；：…”’）)";

  private ProseParagraphs() {}

  /**
   * Paragraphs of {@code text}. {@code startsBlock} says which paragraphs always begin something new
   * (headings, numbered items, notes), so a cut paragraph is never glued onto one of them;
   * {@code isHeading} says which stand alone although they end without punctuation.
   */
  static List<Paragraph> of(SourceText text, Predicate<String> startsBlock, Predicate<String> isHeading) {
    List<Paragraph> raw = byBlankLines(text);
    List<Paragraph> joined = new ArrayList<>();
    for (Paragraph p : raw) {
      int last = joined.size() - 1;
      String previous = last < 0 ? "" : joined.get(last).text();
      if (last >= 0 && isCut(previous) && !isHeading.test(previous) && !startsBlock.test(p.text())) {
        joined.set(last, joined.get(last).joinedWith(p));
      } else {
        joined.add(p);
      }
    }
    return joined;
  }

  /** Paragraphs as printed: runs of non-blank lines, joined without a separator. */
  static List<Paragraph> byBlankLines(SourceText text) {
    List<Paragraph> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int start = 0;
    for (int n = 1; n <= text.lines().size(); n++) {
      String line = text.line(n).strip();
      if (line.isEmpty()) {
        if (!current.isEmpty()) {
          out.add(new Paragraph(current.toString(), start));
          current.setLength(0);
        }
        continue;
      }
      if (current.isEmpty()) {
        start = n;
      }
      current.append(line);
    }
    if (!current.isEmpty()) {
      out.add(new Paragraph(current.toString(), start));
    }
    return out;
  }

  private static boolean isCut(String paragraph) {
    String t = CellText.clean(paragraph);
    return !t.isEmpty() && FINAL_PUNCTUATION.indexOf(t.charAt(t.length() - 1)) < 0;
  }
}
