package org.fenjie.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * The facet ordinals of every document of one reader held in heap as flat arrays, built once when
 * the reader opens: counting a hit is a few array reads instead of a doc-values decode, and the
 * counts over all rows (the drill-sideways counts of any dimension whose filter is the only
 * constraint) are computed here once instead of by every filter-only search.
 */
final class FacetOrdinals {

  private final int[] starts;
  private final int[] ords;
  private final String[] values;
  private final Map<String, OrdRange> ranges = new HashMap<>();
  private final Map<String, Map<String, Integer>> ordOf = new HashMap<>();
  private final int[] allRows;

  private FacetOrdinals(SortedSetDocValuesReaderState state) throws IOException {
    IndexReader reader = state.getReader();
    int size = state.getSize();
    this.values = new String[size];
    SortedSetDocValues dv = state.getDocValues();
    for (int ord = 0; ord < size; ord++) {
      BytesRef term = dv.lookupOrd(ord);
      String[] path = FacetsConfig.stringToPath(term.utf8ToString());
      values[ord] = path.length > 1 ? path[1] : "";
    }
    for (String dim : state.getDims()) {
      OrdRange range = state.getOrdRange(dim);
      ranges.put(dim, range);
      Map<String, Integer> byValue = new HashMap<>();
      for (int ord = range.start(); ord <= range.end(); ord++) {
        byValue.put(values[ord], ord);
      }
      ordOf.put(dim, byValue);
    }
    this.starts = new int[reader.maxDoc() + 1];
    int[] flat = new int[Math.max(16, reader.maxDoc() * 4)];
    int n = 0;
    int next = 0;
    SortedSetDocValues docs = state.getDocValues();
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      while (next <= doc) {
        starts[next++] = n;
      }
      int count = docs.docValueCount();
      if (n + count > flat.length) {
        flat = Arrays.copyOf(flat, Math.max(n + count, flat.length + (flat.length >> 1)));
      }
      for (int i = 0; i < count; i++) {
        flat[n++] = (int) docs.nextOrd();
      }
    }
    while (next < starts.length) {
      starts[next++] = n;
    }
    this.ords = Arrays.copyOf(flat, n);
    this.allRows = new int[size];
    var live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
    for (int doc = 0; doc < reader.maxDoc(); doc++) {
      if (live == null || live.get(doc)) {
        countDoc(doc, allRows);
      }
    }
  }

  /** The ordinals of {@code state}'s reader (the facet field of all dimensions). */
  static FacetOrdinals of(SortedSetDocValuesReaderState state) throws IOException {
    return new FacetOrdinals(state);
  }

  /** Adds one to the count of each facet value of top-level document {@code doc}. */
  void countDoc(int doc, int[] counts) {
    for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
      counts[ords[i]]++;
    }
  }

  int size() {
    return values.length;
  }

  /** Counts of every value over all rows; shared, never to be modified. */
  int[] allRows() {
    return allRows;
  }

  /** The ordinals of one dimension, or null when no row has a value for it. */
  OrdRange range(String dim) {
    return ranges.get(dim);
  }

  String value(int ord) {
    return values[ord];
  }

  /** The ordinal of a value of a dimension, or -1. */
  int ord(String dim, String value) {
    Map<String, Integer> m = ordOf.get(dim);
    Integer o = m == null ? null : m.get(value);
    return o == null ? -1 : o;
  }

  /** Heap held by the arrays, for the record. */
  long bytes() {
    return 4L * (starts.length + ords.length + allRows.length);
  }
}
