package org.fenjie.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fenjie.model.GlossaryEntry;
import org.fenjie.search.plan.QueryText;

/**
 * The terms the documents explain in their notes (附注), matched against a query: an entry
 * applies when the query contains its term (quotes and spaces ignored: 四帮四扶, 1+6专项行动) or
 * names its quoted core exactly (四上 for “四上”企业).
 */
final class Glossary {

  private static final Pattern QUOTED_CORE = Pattern.compile("[“\"]([^”\"]{2,})[”\"]");

  private record Term(GlossaryEntry entry, String key, String core) {}

  private final List<Term> terms = new ArrayList<>();

  Glossary(List<GlossaryEntry> entries) {
    for (GlossaryEntry e : entries) {
      if (e.term() == null) {
        continue;
      }
      String key = key(e.term());
      Matcher m = QUOTED_CORE.matcher(e.term());
      String core = m.find() ? key(m.group(1)) : key;
      if (key.length() >= 2) {
        terms.add(new Term(e, key, core));
      }
    }
  }

  List<GlossaryEntry> matching(QueryText query) {
    List<String> words = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    for (QueryText.Clause c : query.words()) {
      words.add(key(c.text()));
      all.append(key(c.text()));
    }
    String joined = all.toString();
    List<GlossaryEntry> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Term t : terms) {
      // One explanation once, even when a document lists it under two spellings (四上, 四上企业).
      if ((joined.contains(t.key()) || words.contains(t.core()))
          && seen.add(t.entry().region() + "\u0000" + t.entry().explanation())) {
        out.add(t.entry());
      }
    }
    return out;
  }

  /** Quotes, brackets and spaces removed: how a term is compared. */
  private static String key(String s) {
    return s.replaceAll("[\\s“”\"‘’'《》〈〉「」]+", "");
  }
}
