package org.fenjie.bench;

import java.util.List;
import java.util.Map;

/**
 * One benchmark request: {@code q} in fenjie's query language, {@code terms} the same words for
 * the bare Lucene loop (each a phrase, all required), filters per dimension, hits wanted, and the
 * facet dimensions with the number of values wanted. {@code kind} is its class in the report.
 */
public record BenchQuery(
    String id,
    String kind,
    String q,
    List<String> terms,
    Map<String, List<String>> filters,
    int rows,
    Map<String, Integer> facets) {

  public BenchQuery {
    terms = List.copyOf(terms);
    filters = Map.copyOf(filters);
    facets = Map.copyOf(facets);
  }
}
