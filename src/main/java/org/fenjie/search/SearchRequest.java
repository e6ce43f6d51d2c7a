package org.fenjie.search;

import java.util.List;
import java.util.Map;

/**
 * A search as the user asked for it: query text in fenjie's query language, filters per facet
 * dimension (values OR within a dimension, AND across), 1-based page, page size and sort.
 */
public record SearchRequest(
    String q, Map<String, List<String>> filters, int page, int size, SortOrder sort) {

  /** The facet dimensions, in the order the API and the page show them. */
  public static final List<String> DIMENSIONS = List.of("region", "year", "kind", "unit", "leader");

  public SearchRequest {
    q = q == null ? "" : q;
    filters = filters == null ? Map.of() : Map.copyOf(filters);
  }

  /** Ways to order hits. */
  public enum SortOrder {
    /** Best match first; ties in document order. */
    RELEVANCE,
    /** Region, then document, then the row's position in it. */
    DOCUMENT
  }
}
