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

  /**
   * Per document three ints: where its multi-valued ordinals start in {@link #multi} (the next
   * document's first int is where they end), then its single-valued ordinals packed into one int.
   * Kept this small on purpose: counting a large hit set is bound by cache misses, and a layout
   * that reads one cache line of it per hit (plus a few bytes of {@link #multi}) is what makes
   * counting fast.
   */
  private final int[] docs;
  /** Multi-valued ordinals (units, leaders) of all documents, as chars while every ordinal fits. */
  private final char[] multiNarrow;
  private final int[] multiWide;
  private final SingleValued singles;
  private final String[] values;
  private final Map<String, OrdRange> ranges = new HashMap<>();
  private final Map<String, Map<String, Integer>> ordOf = new HashMap<>();
  private final int[] allRows;
  private final long rowsWithValues;
  private final FilterCountCache cache;

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
    this.singles = SingleValued.of(state.getFacetsConfig(), ranges);
    int maxDoc = reader.maxDoc();
    this.docs = new int[2 * maxDoc + 1];
    int[] flat = new int[Math.max(16, maxDoc * 4)];
    int n = 0;
    int next = 0;
    SortedSetDocValues values = state.getDocValues();
    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
      while (next <= doc) {
        docs[2 * next++] = n;
      }
      int count = values.docValueCount();
      if (n + count > flat.length) {
        flat = Arrays.copyOf(flat, Math.max(n + count, flat.length + (flat.length >> 1)));
      }
      int packed = 0;
      for (int i = 0; i < count; i++) {
        int ord = (int) values.nextOrd();
        int withSingle = singles.pack(packed, ord);
        if (withSingle == packed) {
          flat[n++] = ord;
        }
        packed = withSingle;
      }
      docs[2 * doc + 1] = packed;
    }
    while (next <= maxDoc) {
      docs[2 * next++] = n;
    }
    boolean narrow = size <= Character.MAX_VALUE;
    this.multiNarrow = narrow ? new char[n] : null;
    this.multiWide = narrow ? null : Arrays.copyOf(flat, n);
    if (narrow) {
      for (int i = 0; i < n; i++) {
        multiNarrow[i] = (char) flat[i];
      }
    }
    this.allRows = new int[size];
    var live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
    long withValues = 0;
    for (int doc = 0; doc < maxDoc; doc++) {
      if ((live == null || live.get(doc)) && (docs[2 * doc + 1] != 0 || docs[2 * doc + 2] > docs[2 * doc])) {
        countDoc(doc, allRows);
        withValues++;
      }
    }
    this.rowsWithValues = withValues;
    this.cache = new FilterCountCache(size);
  }

  /** The ordinals of {@code state}'s reader (the facet field of all dimensions). */
  static FacetOrdinals of(SortedSetDocValuesReaderState state) throws IOException {
    return new FacetOrdinals(state);
  }

  /** Adds one to the count of each facet value of top-level document {@code doc}. */
  void countDoc(int doc, int[] counts) {
    int at = 2 * doc;
    singles.count(docs[at + 1], counts);
    int end = docs[at + 2];
    if (multiNarrow != null) {
      for (int i = docs[at]; i < end; i++) {
        counts[multiNarrow[i]]++;
      }
    } else {
      for (int i = docs[at]; i < end; i++) {
        counts[multiWide[i]]++;
      }
    }
  }

  /**
   * {@link #countDoc} for {@code n} documents at once. Reading the records of all of them first,
   * then their multi-valued ordinals, then counting, lets the processor fetch many cache lines at
   * the same time instead of waiting for one miss after another.
   */
  void countDocs(int[] batch, int n, int[] scratch, int[] counts) {
    for (int i = 0; i < n; i++) {
      int at = 2 * batch[i];
      scratch[3 * i] = docs[at];
      scratch[3 * i + 1] = docs[at + 1];
      scratch[3 * i + 2] = docs[at + 2];
    }
    for (int i = 0; i < n; i++) {
      singles.count(scratch[3 * i + 1], counts);
    }
    if (multiNarrow != null) {
      for (int i = 0; i < n; i++) {
        for (int k = scratch[3 * i], end = scratch[3 * i + 2]; k < end; k++) {
          counts[multiNarrow[k]]++;
        }
      }
    } else {
      for (int i = 0; i < n; i++) {
        for (int k = scratch[3 * i], end = scratch[3 * i + 2]; k < end; k++) {
          counts[multiWide[k]]++;
        }
      }
    }
  }

  int size() {
    return values.length;
  }

  /** Counts of every value over all rows; shared, never to be modified. */
  int[] allRows() {
    return allRows;
  }

  /**
   * All rows and their counts, as a count over every row would give them. Rows always have a
   * region, year and kind; documents without any facet value (glossary entries) are not rows.
   */
  FilterCountCache.Counted allRowsCounts() {
    return new FilterCountCache.Counted(rowsWithValues, allRows);
  }

  /** Counts of requests without words by filter set, for this reader. */
  FilterCountCache cache() {
    return cache;
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
    long multi = multiNarrow != null ? 2L * multiNarrow.length : 4L * multiWide.length;
    return 4L * (docs.length + allRows.length) + multi;
  }
}
