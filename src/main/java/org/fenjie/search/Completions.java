package org.fenjie.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.util.BytesRef;
import org.fenjie.search.plan.QueryText;

/**
 * Looks a search-box prefix up in the index's suggester: names and phrases containing every
 * character group typed, the prefix of the last one included (陈进 → 陈进福), most rows first.
 * Odd input (too long, only punctuation or emoji) gives no suggestions rather than an error.
 */
final class Completions {

  static final int MAX_PREFIX_CHARS = 50;
  static final int MAX_COUNT = 50;

  static List<Suggestion> lookup(AnalyzingInfixSuggester suggester, String prefix, int count)
      throws IOException {
    if (prefix == null || prefix.length() > MAX_PREFIX_CHARS) {
      return List.of();
    }
    String key = QueryText.clean(prefix);
    if (key.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return List.of();
    }
    List<Lookup.LookupResult> results;
    try {
      results = suggester.lookup(key, (Set<BytesRef>) null, Math.max(1, Math.min(count, MAX_COUNT)), true, false);
    } catch (IllegalStateException notBuilt) {
      return List.of(); // an index without any names or phrases
    }
    List<Suggestion> out = new ArrayList<>();
    for (Lookup.LookupResult r : results) {
      out.add(new Suggestion(r.key.toString(), r.payload.utf8ToString(), r.value));
    }
    return out;
  }

  private Completions() {}
}
