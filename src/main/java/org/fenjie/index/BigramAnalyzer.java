package org.fenjie.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.io.Reader;

/**
 * Overlapping CJK bigrams (晋品出海 → 晋品 品出 出海), so words outside smartcn's dictionary are
 * still found: a phrase query over consecutive bigrams matches exactly the substring typed. Latin
 * words and numbers stay whole and lower-cased; full-width forms fold to half-width first.
 */
public final class BigramAnalyzer extends Analyzer {

  /** Keeps a phrase from matching across two values of a multi-valued field (two unit names). */
  static final int VALUE_GAP = 100;

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream result = new LowerCaseFilter(source);
    result = new CJKBigramFilter(result);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    // A char filter (not a token filter) keeps offsets right for the highlighter.
    return new CJKWidthCharFilter(reader);
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return VALUE_GAP;
  }
}
