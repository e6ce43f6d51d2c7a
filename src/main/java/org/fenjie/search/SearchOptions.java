package org.fenjie.search;

/**
 * Ranking switches, so the relevance evaluation can compare variants on the same index: the CJK
 * bigram field beside smartcn, section headings as weak context, and unit/leader name fields.
 * {@link #baseline()} is the plain reference: one smartcn field, default BM25.
 */
public record SearchOptions(boolean bigrams, boolean sections, boolean names) {

  /** What fenjie serves. */
  public static SearchOptions defaults() {
    return new SearchOptions(true, true, true);
  }

  /** One smartcn field, nothing else. */
  public static SearchOptions baseline() {
    return new SearchOptions(false, false, false);
  }

  public SearchOptions withBigrams(boolean on) {
    return new SearchOptions(on, sections, names);
  }

  public SearchOptions withSections(boolean on) {
    return new SearchOptions(bigrams, on, names);
  }

  public SearchOptions withNames(boolean on) {
    return new SearchOptions(bigrams, sections, on);
  }
}
