package org.fenjie.search;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fenjie.index.RowDocument;
import org.fenjie.index.Schema;

/**
 * Printed names that facet under another canonical name (卫健委 → 卫健局, 陈埭镇 → 陈埭镇人民政府),
 * as recorded in the index. A filter on a printed variant — what a user gets by clicking a name in
 * a result — also selects its canonical name, so it finds the same rows as the facet value does.
 */
final class NameAliases {

  /** dimension → normalised variant → canonical names (one variant may differ per region). */
  private final Map<String, Map<String, Set<String>>> byDimension = new HashMap<>();

  NameAliases(List<RowDocument.Alias> aliases) {
    for (RowDocument.Alias a : aliases) {
      byDimension
          .computeIfAbsent(a.dimension(), d -> new HashMap<>())
          .computeIfAbsent(a.variant(), v -> new LinkedHashSet<>())
          .add(a.canonical());
    }
  }

  /** The request with every unit and leader filter value followed by its canonical names. */
  SearchRequest resolve(SearchRequest request) {
    if (byDimension.isEmpty() || request.filters().isEmpty()) {
      return request;
    }
    Map<String, List<String>> filters = new LinkedHashMap<>();
    request.filters().forEach((dim, values) -> filters.put(dim, expand(dim, values)));
    return request.withFilters(filters);
  }

  /** The canonical names a printed name facets under: its aliases, or itself normalised. */
  Set<String> canonical(String dimension, String printed) {
    String v = FacetFilters.normalise(dimension, printed);
    Set<String> joined = byDimension.getOrDefault(dimension, Map.of()).get(v);
    return joined == null ? Set.of(v) : joined;
  }

  private List<String> expand(String dimension, List<String> values) {
    Map<String, Set<String>> variants = byDimension.get(dimension);
    if (values == null || variants == null
        || !(dimension.equals(Schema.DIM_UNIT) || dimension.equals(Schema.DIM_LEADER))) {
      return values;
    }
    Set<String> out = new LinkedHashSet<>();
    for (String v : values) {
      out.add(v);
      out.addAll(variants.getOrDefault(FacetFilters.normalise(dimension, v), Set.of()));
    }
    return List.copyOf(out);
  }
}
