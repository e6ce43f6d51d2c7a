package org.fenjie.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.util.PriorityQueue;

/**
 * Facet counts held as one count per ordinal of {@link FacetOrdinals}, answering like Lucene's
 * SortedSetDocValuesFacetCounts: top values by count with ties to the smaller ordinal (the value
 * first in byte order), only values counted at least once, and an error for an unknown dimension.
 */
final class OrdinalFacets extends Facets {

  private final FacetOrdinals ordinals;
  private final int[] counts;

  OrdinalFacets(FacetOrdinals ordinals, int[] counts) {
    this.ordinals = ordinals;
    this.counts = counts;
  }

  @Override
  public FacetResult getTopChildren(int topN, String dim, String... path) {
    validateTopN(topN);
    OrdRange range = range(dim, path);
    PriorityQueue<int[]> top =
        new PriorityQueue<>(Math.min(topN, range.end() - range.start() + 1)) {
          @Override
          protected boolean lessThan(int[] a, int[] b) {
            return a[1] < b[1] || (a[1] == b[1] && a[0] > b[0]);
          }
        };
    int total = 0;
    int children = 0;
    for (int ord = range.start(); ord <= range.end(); ord++) {
      int c = counts[ord];
      if (c > 0) {
        total += c;
        children++;
        top.insertWithOverflow(new int[] {ord, c});
      }
    }
    if (children == 0) {
      return null;
    }
    LabelAndValue[] values = new LabelAndValue[top.size()];
    for (int i = values.length - 1; i >= 0; i--) {
      int[] e = top.pop();
      values[i] = new LabelAndValue(ordinals.value(e[0]), e[1]);
    }
    return new FacetResult(dim, new String[0], total, values, children);
  }

  @Override
  public FacetResult getAllChildren(String dim, String... path) {
    OrdRange range = range(dim, path);
    List<LabelAndValue> values = new ArrayList<>();
    int total = 0;
    for (int ord = range.start(); ord <= range.end(); ord++) {
      if (counts[ord] > 0) {
        total += counts[ord];
        values.add(new LabelAndValue(ordinals.value(ord), counts[ord]));
      }
    }
    return values.isEmpty() ? null : new FacetResult(dim, new String[0], total, values.toArray(new LabelAndValue[0]), values.size());
  }

  @Override
  public Number getSpecificValue(String dim, String... path) {
    if (path.length != 1) {
      throw new IllegalArgumentException("one value expected under " + dim);
    }
    range(dim, new String[0]);
    int ord = ordinals.ord(dim, path[0]);
    return ord < 0 ? -1 : counts[ord];
  }

  @Override
  public List<FacetResult> getAllDims(int topN) {
    throw new UnsupportedOperationException("ask for a dimension by name");
  }

  private OrdRange range(String dim, String[] path) {
    if (path.length != 0) {
      throw new IllegalArgumentException("dimensions are flat: " + dim);
    }
    OrdRange range = ordinals.range(dim);
    if (range == null) {
      throw new IllegalArgumentException("dimension \"" + dim + "\" was not indexed");
    }
    return range;
  }
}
