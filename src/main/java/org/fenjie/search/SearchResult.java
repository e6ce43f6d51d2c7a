package org.fenjie.search;

import java.util.List;
import java.util.Map;
import org.fenjie.model.GlossaryEntry;

/**
 * A page of hits with drill-sideways facet counts and any glossary entries the query names;
 * {@code nextCursor} continues the list after this page (null when no hit follows).
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
    String nextCursor) {

  /** A result without a cursor to continue it. */
  public SearchResult(
      String query, long total, int page, int size, long tookMs, List<SearchHit> hits,
      Map<String, List<FacetValue>> facets, List<GlossaryEntry> glossary) {
    this(query, total, page, size, tookMs, hits, facets, glossary, null);
  }
}
