package org.fenjie.search;

import java.util.List;
import java.util.Map;
import org.fenjie.model.GlossaryEntry;

/**
 * A page of hits with drill-sideways facet counts and any glossary entries the query names;
 * {@code nextCursor} continues the list after this page (null when no hit follows, and when later tiers
 * are listed: their lists are short and page by number). {@code total} and the facets count the exact
 * tier, or every tier when the request asked for related results; {@code relatedTotal} is how many rows
 * the later tiers list after the exact ones; {@code didYouMean} the suggestion made, or null.
 */
public record SearchResult(
    String query,
    long total,
    int page,
    int size,
    long tookMs,
    List<SearchHit> hits,
    Map<String, List<FacetValue>> facets,
    List<GlossaryEntry> glossary,
    String nextCursor,
    long relatedTotal,
    String didYouMean) {

  /** A result without a cursor to continue it. */
  public SearchResult(
      String query, long total, int page, int size, long tookMs, List<SearchHit> hits,
      Map<String, List<FacetValue>> facets, List<GlossaryEntry> glossary) {
    this(query, total, page, size, tookMs, hits, facets, glossary, null, 0, null);
  }

  /** A result of the exact tier only. */
  public SearchResult(
      String query, long total, int page, int size, long tookMs, List<SearchHit> hits,
      Map<String, List<FacetValue>> facets, List<GlossaryEntry> glossary, String nextCursor) {
    this(query, total, page, size, tookMs, hits, facets, glossary, nextCursor, 0, null);
  }
}
