package org.fenjie.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * A UnifiedHighlighter of the task field that takes each hit's task text from the caller instead
 * of a stored field: the index stores the task text once, inside the row's JSON.
 */
final class GivenTextHighlighter extends UnifiedHighlighter {

  /** The task text of one hit, by its top-level document id. */
  interface Texts {
    String of(int docId) throws IOException;
  }

  private final Texts texts;

  GivenTextHighlighter(UnifiedHighlighter.Builder builder, Texts texts) {
    super(builder);
    this.texts = texts;
  }

  @Override
  protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
      throws IOException {
    List<CharSequence[]> values = new ArrayList<>();
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      values.add(new CharSequence[] {texts.of(doc)});
    }
    return values;
  }
}
