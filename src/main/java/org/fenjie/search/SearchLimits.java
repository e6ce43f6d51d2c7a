package org.fenjie.search;

/** The limits of a search, defined once for the engine, the HTTP layer and the cursor. */
public final class SearchLimits {

  /** Values per facet dimension in a search result (the API promises at least 20). */
  public static final int FACET_VALUES = 20;
  public static final int MAX_PAGE_SIZE = 100;
  /** Deepest hit reachable by page and size; beyond it the result's nextCursor goes on (searchAfter). */
  public static final int MAX_WINDOW = 10_000;
  /** Most values of one dimension /api/facets/{dim} returns. */
  public static final int MAX_FACET_VALUES = 1_000;

  private SearchLimits() {}
}
