package org.fenjie.search;

import java.util.List;
import java.util.Map;
import org.fenjie.index.Schema;

/**
 * A search as the user asked for it: query text in fenjie's query language, filters per facet
 * dimension (values OR within a dimension, AND across), 1-based page, page size and sort, and
 * optionally a cursor: the {@link SearchResult#nextCursor()} of the previous page, which
 * continues the list after it at any depth (page is then 1). {@code related}: the total and the facet
 * counts cover the later tiers too (most words, related terms, suggestion, semantic), not only the
 * exact match. {@code deadline}: only rows due within that range of days.
 */
public record SearchRequest(
    String q, Map<String, List<String>> filters, int page, int size, SortOrder sort, String cursor, boolean related,
    DeadlineRange deadline) {

  /** The facet dimensions, in the order the API and the page show them (defined once, by the schema). */
  public static final List<String> DIMENSIONS = Schema.DIMENSIONS;

  public SearchRequest {
    q = q == null ? "" : q;
    filters = filters == null ? Map.of() : Map.copyOf(filters);
    cursor = cursor == null || cursor.isEmpty() ? null : cursor;
    sort = sort == null ? SortOrder.RELEVANCE : sort;
    deadline = deadline == null ? DeadlineRange.ANY : deadline;
  }

  /** A search for one page by number, without a cursor. */
  public SearchRequest(String q, Map<String, List<String>> filters, int page, int size, SortOrder sort) {
    this(q, filters, page, size, sort, null, false, DeadlineRange.ANY);
  }

  /** Total and facet counts of the exact tier only (the default). */
  public SearchRequest(String q, Map<String, List<String>> filters, int page, int size, SortOrder sort, String cursor) {
    this(q, filters, page, size, sort, cursor, false, DeadlineRange.ANY);
  }

  /** Any deadline. */
  public SearchRequest(
      String q, Map<String, List<String>> filters, int page, int size, SortOrder sort, String cursor, boolean related) {
    this(q, filters, page, size, sort, cursor, related, DeadlineRange.ANY);
  }

  /** The same search continuing after the position {@code nextCursor} names. */
  public SearchRequest after(String nextCursor) {
    return new SearchRequest(q, filters, 1, size, sort, nextCursor, related, deadline);
  }

  /** The same search with other filters. */
  public SearchRequest withFilters(Map<String, List<String>> other) {
    return new SearchRequest(q, other, page, size, sort, cursor, related, deadline);
  }

  /** The same search within a range of deadlines. */
  public SearchRequest withDeadline(DeadlineRange range) {
    return new SearchRequest(q, filters, page, size, sort, cursor, related, range);
  }

  /** Ways to order hits. */
  public enum SortOrder {
    /** Best match first; ties in document order. */
    RELEVANCE,
    /** Region, then document, then the row's position in it. */
    DOCUMENT,
    /** Earliest deadlineDate first, rows without one last; ties in document order. */
    DEADLINE
  }
}
