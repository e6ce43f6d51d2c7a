package org.fenjie.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.fenjie.index.Schema;

/**
 * Reads facet counts into the API's shape: per dimension the top values by count, ties by value,
 * plus any selected value that fell outside the top so the user can still see and clear it.
 */
final class FacetTables {

  static final Comparator<FacetValue> BY_COUNT_THEN_VALUE =
      Comparator.comparingInt(FacetValue::count).reversed().thenComparing(FacetValue::value);

  static Map<String, List<FacetValue>> top(Facets facets, FacetFilters filters, int count) throws IOException {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (String dim : Schema.DIMENSIONS) {
      List<FacetValue> values = new ArrayList<>();
      if (facets != null) {
        FacetResult r = topChildren(facets, dim, count);
        if (r != null) {
          for (LabelAndValue lv : r.labelValues) {
            values.add(new FacetValue(lv.label, lv.value.intValue()));
          }
        }
        addSelected(facets, dim, filters.selected(dim), values);
      }
      values.sort(BY_COUNT_THEN_VALUE);
      out.put(dim, values);
    }
    return out;
  }

  /** Every value of one dimension containing {@code part} (case-insensitive), best first. */
  static List<FacetValue> containing(Facets facets, String dim, String part, int count) throws IOException {
    List<FacetValue> values = new ArrayList<>();
    FacetResult r = facets == null ? null : allChildren(facets, dim);
    if (r != null) {
      String needle = part.toLowerCase(Locale.ROOT);
      for (LabelAndValue lv : r.labelValues) {
        if (lv.label.toLowerCase(Locale.ROOT).contains(needle)) {
          values.add(new FacetValue(lv.label, lv.value.intValue()));
        }
      }
    }
    values.sort(BY_COUNT_THEN_VALUE);
    return values.size() > count ? List.copyOf(values.subList(0, count)) : values;
  }

  private static void addSelected(Facets facets, String dim, Set<String> selected, List<FacetValue> values)
      throws IOException {
    for (String v : selected) {
      if (values.stream().noneMatch(fv -> fv.value().equals(v))) {
        Number n = specific(facets, dim, v);
        values.add(new FacetValue(v, n == null ? 0 : n.intValue()));
      }
    }
  }

  /** Null for a dimension no row has a value for (Lucene throws for those). */
  private static FacetResult topChildren(Facets facets, String dim, int count) throws IOException {
    try {
      return facets.getTopChildren(count, dim);
    } catch (IllegalArgumentException dimensionNotIndexed) {
      return null;
    }
  }

  private static FacetResult allChildren(Facets facets, String dim) throws IOException {
    try {
      return facets.getAllChildren(dim);
    } catch (IllegalArgumentException dimensionNotIndexed) {
      return null;
    }
  }

  private static Number specific(Facets facets, String dim, String value) throws IOException {
    try {
      Number n = facets.getSpecificValue(dim, value);
      return n == null || n.intValue() < 0 ? null : n;
    } catch (IllegalArgumentException unknownDimension) {
      return null;
    }
  }

  private FacetTables() {}
}
