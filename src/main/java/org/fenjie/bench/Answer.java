package org.fenjie.bench;

import java.util.List;
import java.util.Map;
import org.fenjie.search.FacetValue;

/** What a search answered, in the terms the agreement check compares: total, top ids, facet values. */
public record Answer(long total, List<String> ids, Map<String, List<FacetValue>> facets) {

  public Answer {
    ids = List.copyOf(ids);
    facets = Map.copyOf(facets);
  }
}
