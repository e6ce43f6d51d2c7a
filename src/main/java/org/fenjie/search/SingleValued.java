package org.fenjie.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;

/**
 * The single-valued facet dimensions (region, year, kind) of a document packed into one int:
 * each dimension gets the bits its number of values needs and holds 0 (no value) or 1 + the
 * value's position in its ordinal range. Dimensions that do not fit in the 32 bits any more (a
 * corpus with very many regions) are simply treated as multi-valued.
 */
final class SingleValued {

  private final int[] starts;
  private final int[] ends;
  private final int[] shifts;
  private final int[] masks;

  private SingleValued(List<OrdRange> ranges, List<Integer> bits) {
    int n = ranges.size();
    starts = new int[n];
    ends = new int[n];
    shifts = new int[n];
    masks = new int[n];
    int shift = 0;
    for (int i = 0; i < n; i++) {
      starts[i] = ranges.get(i).start();
      ends[i] = ranges.get(i).end();
      shifts[i] = shift;
      masks[i] = (1 << bits.get(i)) - 1;
      shift += bits.get(i);
    }
  }

  static SingleValued of(FacetsConfig config, Map<String, OrdRange> ranges) {
    List<OrdRange> packed = new ArrayList<>();
    List<Integer> bits = new ArrayList<>();
    int used = 0;
    for (Map.Entry<String, OrdRange> e : ranges.entrySet()) {
      if (config.getDimConfig(e.getKey()).multiValued) {
        continue;
      }
      int values = e.getValue().end() - e.getValue().start() + 1;
      int need = 32 - Integer.numberOfLeadingZeros(values); // room for 0 and 1..values
      if (used + need <= 31) {
        packed.add(e.getValue());
        bits.add(need);
        used += need;
      }
    }
    return new SingleValued(packed, bits);
  }

  /** {@code packed} with {@code ord} added if it belongs to a packed dimension; else unchanged. */
  int pack(int packed, int ord) {
    for (int i = 0; i < starts.length; i++) {
      if (ord >= starts[i] && ord <= ends[i]) {
        return packed | ((ord - starts[i] + 1) << shifts[i]);
      }
    }
    return packed;
  }

  void count(int packed, int[] counts) {
    for (int i = 0; i < starts.length; i++) {
      int v = (packed >>> shifts[i]) & masks[i];
      if (v != 0) {
        counts[starts[i] + v - 1]++;
      }
    }
  }
}
