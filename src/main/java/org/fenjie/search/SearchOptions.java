package org.fenjie.search;

/**
 * Ranking switches, so the relevance evaluation can compare variants on the same index: the CJK
 * bigram field beside smartcn, section headings, region and kind as weak context, unit/leader name
 * fields, the reviewed query-time synonyms and unit families, the parts of a run-together word and
 * figures with their unit ({@link org.fenjie.index.Figures}); and the later tiers of the query plan:
 * most words, related terms, suggestions (您是不是要找) and semantic neighbours.
 * {@link #baseline()} is the plain reference: each word a phrase on the one smartcn field, default
 * BM25, no later tier — the peers harness's semantics, so its answers can be compared with Solr's.
 */
public record SearchOptions(
    boolean bigrams, boolean sections, boolean names, boolean synonyms, boolean related, boolean parts,
    boolean figures, boolean most, boolean suggestions, boolean families, boolean semantic) {

  /** What fenjie serves. */
  public static SearchOptions defaults() {
    return new SearchOptions(true, true, true, true, true, true, true, true, true, true, true);
  }

  /** One smartcn field, nothing else. */
  public static SearchOptions baseline() {
    return new SearchOptions(false, false, false, false, false, false, false, false, false, false, false);
  }

  public SearchOptions withBigrams(boolean on) {
    return new SearchOptions(on, sections, names, synonyms, related, parts, figures, most, suggestions, families, semantic);
  }

  public SearchOptions withSections(boolean on) {
    return new SearchOptions(bigrams, on, names, synonyms, related, parts, figures, most, suggestions, families, semantic);
  }

  public SearchOptions withNames(boolean on) {
    return new SearchOptions(bigrams, sections, on, synonyms, related, parts, figures, most, suggestions, families, semantic);
  }

  public SearchOptions withSynonyms(boolean on) {
    return new SearchOptions(bigrams, sections, names, on, related, parts, figures, most, suggestions, families, semantic);
  }

  /** The RELATED tier (reviewed related terms). */
  public SearchOptions withRelated(boolean on) {
    return new SearchOptions(bigrams, sections, names, synonyms, on, parts, figures, most, suggestions, families, semantic);
  }

  /** The MOST tier (most of the words, most parts of a long unspaced word). */
  public SearchOptions withMost(boolean on) {
    return new SearchOptions(bigrams, sections, names, synonyms, related, parts, figures, on, suggestions, families, semantic);
  }

  /** The SUGGESTED tier (edit distance and pinyin against the index's vocabulary). */
  public SearchOptions withSuggestions(boolean on) {
    return new SearchOptions(bigrams, sections, names, synonyms, related, parts, figures, most, on, families, semantic);
  }

  /** Unit families (市场监督管理局 = 市场监管局) for unit words and unit filters. */
  public SearchOptions withFamilies(boolean on) {
    return new SearchOptions(bigrams, sections, names, synonyms, related, parts, figures, most, suggestions, on, semantic);
  }

  /** The SEMANTIC tier (rows SemanticNeighbours finds). */
  public SearchOptions withSemantic(boolean on) {
    return new SearchOptions(bigrams, sections, names, synonyms, related, parts, figures, most, suggestions, families, on);
  }
}
