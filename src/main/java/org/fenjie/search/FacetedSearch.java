package org.fenjie.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.fenjie.index.Schema;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;

/**
 * Hits with multi-select facet counts, the same answer DrillSideways gives, computed without its
 * per-document pass over the unfiltered query: one pass over the hits counts every dimension (and
 * the hits), another finds the top N; each filtered dimension is then counted over the query with
 * all other filters — and when that is all rows, its counts come from {@link FacetOrdinals#allRows()}.
 */
final class FacetedSearch {

  /** Off ({@code -Dfenjie.search.onePass=false}) only to measure the two-pass way against it. */
  static final boolean ONE_PASS = !"false".equals(System.getProperty("fenjie.search.onePass"));

  private FacetedSearch() {}

  /** The top hits and the facet counts of a search. */
  record Result(TopDocs top, Facets facets) {}

  /**
   * What a search matches, told by its plan rather than read back from the query: the query of the
   * words, how many words it requires, and whether it is every row (no words, no exclusions).
   */
  record Words(Query query, int count, boolean everything) {
    /** The query limited to rows: words can only match rows, so only a query without words needs the type filter. */
    Query rows() {
      if (count > 0) {
        return query;
      }
      return new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ROW)), Occur.FILTER)
          .add(query, Occur.MUST)
          .build();
    }
  }

  static Result search(
      RowSearcher s, FacetOrdinals ordinals, Words text, FacetFilters filters, FieldDoc after, int topN, Sort sort,
      boolean byScore) throws IOException {
    Query base = text.rows();
    Query hits = filters.filter(base);
    FilterCountCache.Counted counted;
    TopDocs best;
    if (byScore && ONE_PASS && text.count() > 1) {
      // Several words: one pass collects the top N and counts every hit. Matching a conjunction of
      // words (each a disjunction of phrases over several fields) is what costs here, and a second
      // pass would match it all again.
      Object[] both = s.search(hits, new MultiCollectorManager(top(s, after, topN, sort, true), new OrdinalCounting(ordinals)));
      best = (TopDocs) both[0];
      OrdinalCounting.Counts all = (OrdinalCounting.Counts) both[1];
      sideways(s, ordinals, text, base, filters, all.counts());
      counted = new FilterCountCache.Counted(all.hits(), all.counts());
    } else {
      // One word or none: two passes beat one (measured on the peers mix at 1 M rows). Counting
      // needs every hit but no score (so no norms are read and the fastest iteration applies),
      // while the top N lets Lucene skip hits that cannot make it (block-max WAND by score, or the
      // index sort for document order).
      counted = counts(s, ordinals, text, base, filters);
      best = s.search(hits, top(s, after, topN, sort, byScore));
    }
    if (byScore && best instanceof TopFieldDocs) {
      TopFieldCollector.populateScores(best.scoreDocs, s, hits);
    }
    TopDocs top = new TopDocs(new TotalHits(counted.hits(), TotalHits.Relation.EQUAL_TO), best.scoreDocs);
    return new Result(top, new OrdinalFacets(ordinals, counted.counts()));
  }

  /** Hits and multi-select counts of every dimension; from the cache for requests without words. */
  private static FilterCountCache.Counted counts(
      RowSearcher s, FacetOrdinals ordinals, Words text, Query base, FacetFilters filters) throws IOException {
    boolean textFree = text.everything();
    if (textFree && filters.none()) {
      return ordinals.allRowsCounts(); // the first page, everything: counted when the reader opened
    }
    List<List<String>> key = textFree && FilterCountCache.ENABLED ? FilterCountCache.key(filters) : null;
    FilterCountCache.Counted cached = key == null ? null : ordinals.cache().get(key);
    if (cached != null) {
      return cached;
    }
    OrdinalCounting.Counts hits = s.search(filters.filter(base), new OrdinalCounting(ordinals));
    int[] counts = hits.counts();
    sideways(s, ordinals, text, base, filters, counts);
    FilterCountCache.Counted counted = new FilterCountCache.Counted(hits.hits(), counts);
    if (key != null) {
      ordinals.cache().put(key, counted);
    }
    return counted;
  }

  /** Replaces the counts of each filtered dimension by its drill-sideways counts. */
  private static void sideways(
      RowSearcher s, FacetOrdinals ordinals, Words text, Query base, FacetFilters filters, int[] counts) throws IOException {
    for (String dim : filters.dimensions()) {
      OrdRange range = ordinals.range(dim);
      if (range != null) {
        int[] sideways = sidewaysCounts(s, ordinals, text, base, filters.without(dim));
        System.arraycopy(sideways, range.start(), counts, range.start(), range.end() - range.start() + 1);
      }
    }
  }

  /** The drill-sideways counts of {@code dim} alone: what the other filters and the words leave. */
  static Facets sideways(RowSearcher s, FacetOrdinals ordinals, Words text, FacetFilters filters, String dim)
      throws IOException {
    return new OrdinalFacets(ordinals, sidewaysCounts(s, ordinals, text, text.rows(), filters.without(dim)));
  }

  /** Counts over {@code base} narrowed by {@code others}; over all rows they are known already. */
  private static int[] sidewaysCounts(RowSearcher s, FacetOrdinals ordinals, Words text, Query base, FacetFilters others)
      throws IOException {
    if (text.everything() && others.none()) {
      return ordinals.allRows();
    }
    return s.search(others.filter(base), new OrdinalCounting(ordinals)).counts();
  }

  /**
   * The top N in the request's order as FieldDocs (the cursor of the next page is made from their
   * sort values); the threshold of N lets the collector skip hits that cannot make it (by score,
   * or by the index sort for document order).
   */
  private static CollectorManager<?, ? extends TopDocs> top(
      RowSearcher s, FieldDoc after, int topN, Sort sort, boolean byScore) {
    return new TopFieldCollectorManager(sort, topN, after, topN);
  }
}
