package org.fenjie.search.plan;

import java.util.List;

/**
 * One word or phrase of a plan with everything the planner resolved for it, so an engine needs no
 * word lists of its own: {@code forms} is the text first, then its reviewed synonyms and the other
 * names of its unit family; {@code related} the reviewed related terms (the RELATED tier only);
 * {@code parts} the words a user ran together (晋江养老 → 晋江, 养老), one element when it is one word.
 */
public record Word(String text, boolean quoted, List<String> forms, List<String> related, List<String> parts) {

  public Word {
    forms = List.copyOf(forms);
    related = List.copyOf(related);
    parts = List.copyOf(parts);
  }

  /** A word as typed, nothing resolved. */
  public static Word literal(String text, boolean quoted) {
    return new Word(text, quoted, List.of(text), List.of(), List.of(text));
  }

  public boolean splits() {
    return parts.size() > 1;
  }
}
