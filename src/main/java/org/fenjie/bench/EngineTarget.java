package org.fenjie.bench;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fenjie.search.FacetValue;
import org.fenjie.search.SearchHit;
import org.fenjie.search.SearchRequest;
import org.fenjie.search.SearchResult;
import org.fenjie.search.TaskSearch;

/**
 * The engine as the HTTP layer calls it: a {@link SearchRequest} for page 1, every facet and
 * highlighting included (the engine always computes them); the answer keeps the dimensions the
 * query asked for, cut to the number of values asked.
 */
public final class EngineTarget implements BenchTarget {

  private final String name;
  private final TaskSearch search;

  public EngineTarget(String name, TaskSearch search) {
    this.name = name;
    this.search = search;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Answer search(BenchQuery query) throws IOException {
    SearchResult r =
        search.search(new SearchRequest(query.q(), query.filters(), 1, query.rows(), SearchRequest.SortOrder.RELEVANCE));
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    query.facets().forEach((dim, n) -> {
      List<FacetValue> values = r.facets().getOrDefault(dim, List.of());
      facets.put(dim, values.size() > n ? values.subList(0, n) : values);
    });
    return new Answer(r.total(), r.hits().stream().map(SearchHit::row).map(row -> row.id()).toList(), facets);
  }
}
