package org.fenjie.search.plan;

import java.util.Locale;

/**
 * The steps of a query plan, in the order their hits are listed: a later tier only adds rows the
 * earlier ones did not find, below all of them, so it never pushes an exact match down. Each hit
 * says which tier found it ({@link #label()}: the API's {@code "match"}).
 */
public enum Tier {
  /** Every word (or one of its synonyms), and every OR group by one of its words: the exact match. */
  ALL,
  /** What the index's own vocabulary suggests for a query that found (almost) nothing: 您是不是要找. */
  SUGGESTED,
  /** Every word, some only through a reviewed related term (充电桩 for 新能源汽车). */
  RELATED,
  /** Most of the words: of a long unspaced word, most of its parts. */
  MOST,
  /** Rows close in meaning to the query text (SemanticNeighbours), last. */
  SEMANTIC;

  /** "all", "most", "related" (related terms and suggestions) or "semantic". */
  public String label() {
    return this == SUGGESTED ? "related" : name().toLowerCase(Locale.ROOT);
  }
}
