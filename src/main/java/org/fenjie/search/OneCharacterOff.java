package org.fenjie.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.ScoreDoc;
import org.fenjie.index.Schema;

/**
 * The text the rows print where the user typed one character wrong (养老服物 → 养老服务): for each
 * position, the bigrams of the word that do not touch it must stand at their places in a row (a phrase
 * with a gap, on the CJK bigram field), and the row's text then shows what stands in the gap. The
 * substitute most rows print wins. Only term and phrase queries, a few per suggestion.
 */
final class OneCharacterOff {

  static final int MIN_CHARS = 3;
  static final int MAX_CHARS = 8;
  private static final int ROWS_READ = 50;

  private final Analyzer analyzer;

  OneCharacterOff(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  Optional<String> find(RowSearcher s, String word) throws IOException {
    int[] cps = word.codePoints().toArray();
    if (cps.length < MIN_CHARS || cps.length > MAX_CHARS || !allHan(cps)) {
      return Optional.empty();
    }
    List<String> bigrams = bigrams(word);
    if (bigrams.size() != cps.length - 1) {
      return Optional.empty();
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < cps.length; i++) {
      PhraseQuery.Builder phrase = new PhraseQuery.Builder();
      int kept = 0;
      for (int k = 0; k < bigrams.size(); k++) {
        if (k != i - 1 && k != i) {
          phrase.add(new Term(Schema.TASK_BIGRAM, bigrams.get(k)), k);
          kept++;
        }
      }
      if (kept == 0) {
        continue;
      }
      Pattern gap = Pattern.compile(Pattern.quote(new String(cps, 0, i)) + "(\\p{IsHan})" + Pattern.quote(new String(cps, i + 1, cps.length - i - 1)));
      for (ScoreDoc d : s.search(phrase.build(), ROWS_READ).scoreDocs) {
        Matcher m = gap.matcher(s.row(d.doc).task().replaceAll("\\s+", ""));
        while (m.find()) {
          if (m.group(1).codePointAt(0) != cps[i]) {
            seen.merge(m.group(), 1, Integer::sum);
          }
        }
      }
    }
    return seen.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  private List<String> bigrams(String word) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(Schema.TASK_BIGRAM, word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  private static boolean allHan(int[] cps) {
    for (int cp : cps) {
      if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
        return false;
      }
    }
    return true;
  }
}
