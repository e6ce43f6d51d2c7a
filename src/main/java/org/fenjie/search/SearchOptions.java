package org.fenjie.search;

/**
 * Ranking switches, so the relevance evaluation can compare variants on the same index: the CJK
 * bigram field beside smartcn, section headings, region and kind as weak context, unit/leader name
 * fields, the reviewed query-time synonyms ({@link QuerySynonyms}) and the reviewed related terms
 * (a low second tier, resource related.tsv), the parts of a run-together word ({@link WordParts})
 * and figures with their unit ({@link org.fenjie.index.Figures}).
 * {@link #baseline()} is the plain reference: each word a phrase on the one smartcn field, default
 * BM25 — the peers harness's semantics, so its answers can be compared with Solr's.
 */
public record SearchOptions(
    boolean bigrams, boolean sections, boolean names, boolean synonyms, boolean related, boolean parts, boolean figures) {

  /** What fenjie serves. */
  public static SearchOptions defaults() {
    return new SearchOptions(true, true, true, true, true, true, true);
  }

  /** One smartcn field, nothing else. */
  public static SearchOptions baseline() {
    return new SearchOptions(false, false, false, false, false, false, false);
  }

  public SearchOptions withBigrams(boolean on) {
    return new SearchOptions(on, sections, names, synonyms, related, parts, figures);
  }

  public SearchOptions withSections(boolean on) {
    return new SearchOptions(bigrams, on, names, synonyms, related, parts, figures);
  }

  public SearchOptions withNames(boolean on) {
    return new SearchOptions(bigrams, sections, on, synonyms, related, parts, figures);
  }

  public SearchOptions withSynonyms(boolean on) {
    return new SearchOptions(bigrams, sections, names, on, related, parts, figures);
  }

  public SearchOptions withRelated(boolean on) {
    return new SearchOptions(bigrams, sections, names, synonyms, on, parts, figures);
  }
}
