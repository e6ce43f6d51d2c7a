package org.fenjie.search;

import java.util.List;
import java.util.Map;
import org.fenjie.model.GlossaryEntry;

/** A page of hits with drill-sideways facet counts and any glossary entries the query names. */
public record SearchResult(
    String query,
    long total,
    int page,
    int size,
    long tookMs,
    List<SearchHit> hits,
    Map<String, List<FacetValue>> facets,
    List<GlossaryEntry> glossary) {}
