package org.fenjie.search.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.fenjie.index.Schema;

/**
 * Splits one unspaced query word into the words a Chinese user ran together (晋江养老 → 晋江, 养老;
 * 海外仓建设 → 海外仓, 建设), using smartcn's segmentation of the word. A character smartcn leaves on
 * its own joins its neighbour (海外 仓 → 海外仓; 专 精 特 新 → 专精特新), because a lone character
 * is rarely what the user meant as a word. Each part is a substring of the word as typed.
 */
public final class WordParts {

  private final Analyzer analyzer;

  public WordParts(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The parts, in order; a single element when the word is one word (or cannot be split). */
  public List<String> of(String word) {
    List<int[]> spans = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(Schema.TASK, word)) {
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        spans.add(new int[] {offset.startOffset(), offset.endOffset()});
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    List<int[]> merged = new ArrayList<>();
    for (int[] s : spans) {
      boolean single = word.codePointCount(s[0], s[1]) == 1;
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      boolean lastSingle = last != null && word.codePointCount(last[0], last[1]) == 1;
      if (last != null && last[1] == s[0] && (single || lastSingle)) {
        last[1] = s[1];
      } else {
        merged.add(new int[] {s[0], s[1]});
      }
    }
    List<String> out = new ArrayList<>();
    merged.forEach(m -> out.add(word.substring(m[0], m[1])));
    return out.size() > 1 ? out : List.of(word);
  }
}
