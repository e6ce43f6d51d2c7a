package org.fenjie.search;

/**
 * Ranking switches, so the relevance evaluation can compare variants on the same index: the CJK
 * bigram field beside smartcn, section headings, region and kind as weak context, unit/leader name
 * fields, and the reviewed query-time synonyms ({@link QuerySynonyms}).
 * {@link #baseline()} is the plain reference: one smartcn field, default BM25.
 */
public record SearchOptions(boolean bigrams, boolean sections, boolean names, boolean synonyms) {

  /** What fenjie serves. */
  public static SearchOptions defaults() {
    return new SearchOptions(true, true, true, true);
  }

  /** One smartcn field, nothing else. */
  public static SearchOptions baseline() {
    return new SearchOptions(false, false, false, false);
  }

  public SearchOptions withBigrams(boolean on) {
    return new SearchOptions(on, sections, names, synonyms);
  }

  public SearchOptions withSections(boolean on) {
    return new SearchOptions(bigrams, on, names, synonyms);
  }

  public SearchOptions withNames(boolean on) {
    return new SearchOptions(bigrams, sections, on, synonyms);
  }

  public SearchOptions withSynonyms(boolean on) {
    return new SearchOptions(bigrams, sections, names, on);
  }
}
