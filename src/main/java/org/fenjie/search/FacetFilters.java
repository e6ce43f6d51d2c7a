package org.fenjie.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.fenjie.index.Schema;
import org.fenjie.search.plan.QueryText;
import org.fenjie.model.CanonicalNames;

/**
 * The request's filters, checked and normalised: known dimensions only, values OR within a
 * dimension and AND across dimensions. Unit and leader values are normalised like the indexed
 * canonical names (whitespace, bracket width), so "陈 铭" filters as 陈铭.
 */
final class FacetFilters {

  static final int MAX_VALUES_PER_DIMENSION = 50;
  static final int MAX_VALUE_CHARS = 100;

  private final Map<String, Set<String>> values;
  private final DeadlineRange deadline;

  private FacetFilters(Map<String, Set<String>> values, DeadlineRange deadline) {
    this.values = values;
    this.deadline = deadline;
  }

  static FacetFilters of(Map<String, List<String>> filters) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : filters.entrySet()) {
      String dim = e.getKey();
      if (!Schema.DIMENSIONS.contains(dim)) {
        throw new BadQueryException("未知的筛选项：" + dim + "（可用：" + String.join("、", Schema.DIMENSIONS) + "）");
      }
      List<String> given = e.getValue() == null ? List.of() : e.getValue();
      if (given.size() > MAX_VALUES_PER_DIMENSION) {
        throw new BadQueryException("筛选值太多：" + dim + " 最多 " + MAX_VALUES_PER_DIMENSION + " 个");
      }
      Set<String> clean = new LinkedHashSet<>();
      for (String v : given) {
        if (v != null && v.length() > MAX_VALUE_CHARS * 4) {
          throw new BadQueryException("筛选值太长：" + dim);
        }
        String value = normalise(dim, v);
        if (value.length() > MAX_VALUE_CHARS) {
          throw new BadQueryException("筛选值太长：" + dim);
        }
        if (!value.isEmpty()) {
          clean.add(value);
        }
      }
      if (!clean.isEmpty()) {
        out.put(dim, clean);
      }
    }
    return new FacetFilters(out, DeadlineRange.ANY);
  }

  static String normalise(String dim, String value) {
    if (value == null) {
      return "";
    }
    String v = QueryText.clean(value);
    return dim.equals(Schema.DIM_UNIT) || dim.equals(Schema.DIM_LEADER) ? CanonicalNames.normalise(v) : v.strip();
  }

  Set<String> selected(String dim) {
    return values.getOrDefault(dim, Set.of());
  }

  /** The base query narrowed by every filter, as plain clauses on the exact-match fields. */
  Query filter(Query base) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(base, Occur.MUST);
    values.forEach(
        (dim, vs) -> {
          BooleanQuery.Builder any = new BooleanQuery.Builder();
          vs.forEach(v -> any.add(new TermQuery(new Term(Schema.filterField(dim), v)), Occur.SHOULD));
          b.add(any.build(), Occur.FILTER);
        });
    return deadline.narrow(b.build());
  }

  /** The same filters and only rows due within {@code range}: not a facet, so it narrows every count. */
  FacetFilters within(DeadlineRange range) {
    return new FacetFilters(values, range);
  }

  /** Whether the filters leave every row: no facet value chosen and no deadline range. */
  boolean none() {
    return values.isEmpty() && deadline.isAny();
  }

  DeadlineRange deadline() {
    return deadline;
  }

  /** The same filters but for {@code dim}'s: what the drill-sideways counts of {@code dim} see. */
  FacetFilters without(String dim) {
    Map<String, Set<String>> rest = new LinkedHashMap<>(values);
    rest.remove(dim);
    return new FacetFilters(rest, deadline);
  }

  List<String> dimensions() {
    return new ArrayList<>(values.keySet());
  }
}
