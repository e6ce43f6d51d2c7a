package org.fenjie.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighter passages as safe HTML: matched text in {@code <mark>}, everything else
 * escaped. Overlapping or touching matches (smartcn words and bigrams of the same word) become a
 * single mark; a passage that does not reach the start or end of the text gets an ellipsis.
 */
final class HtmlPassageFormatter extends PassageFormatter {

  static final String ELLIPSIS = "…";

  @Override
  public String format(Passage[] passages, String content) {
    StringBuilder out = new StringBuilder();
    int lastEnd = 0;
    for (Passage p : passages) {
      if (p.getStartOffset() > lastEnd || (out.isEmpty() && p.getStartOffset() > 0)) {
        out.append(ELLIPSIS);
      }
      appendPassage(out, p, content);
      lastEnd = p.getEndOffset();
    }
    if (lastEnd < content.length()) {
      out.append(ELLIPSIS);
    }
    return out.toString();
  }

  private static void appendPassage(StringBuilder out, Passage p, String content) {
    int pos = p.getStartOffset();
    int[] starts = p.getMatchStarts();
    int[] ends = p.getMatchEnds();
    int i = 0;
    while (i < p.getNumMatches()) {
      int start = Math.max(starts[i], pos);
      int end = ends[i];
      // Matches are sorted by start; swallow every later one that overlaps or touches this one.
      while (i + 1 < p.getNumMatches() && starts[i + 1] <= end) {
        end = Math.max(end, ends[++i]);
      }
      i++;
      end = Math.min(end, p.getEndOffset());
      if (end <= start) {
        continue;
      }
      escape(out, content, pos, start);
      out.append("<mark>");
      escape(out, content, start, end);
      out.append("</mark>");
      pos = end;
    }
    escape(out, content, pos, p.getEndOffset());
  }

  /** HTML-escapes {@code content[from, to)} into {@code out}. */
  static void escape(StringBuilder out, String content, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = content.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }

  static String escape(String content) {
    StringBuilder out = new StringBuilder(content.length() + 16);
    escape(out, content, 0, content.length());
    return out.toString();
  }
}
