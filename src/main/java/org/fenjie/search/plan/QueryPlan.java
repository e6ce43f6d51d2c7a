package org.fenjie.search.plan;

import java.util.List;

/**
 * A request's query made explicit and backend-neutral, what an engine (Lucene here, SolrCloud later)
 * executes: the required groups (each met by any one of its words), the excluded words, the tiers in
 * order, the groups of the MOST tier with how many of them a row must meet, and whether the facet
 * counts and total cover only the exact tier ({@link Tier#ALL}) or every tier (the user asked for
 * related results). Filters stay in the request: they apply to every tier alike.
 */
public record QueryPlan(
    QueryText text,
    List<Group> required,
    List<Word> excluded,
    List<Tier> tiers,
    List<Group> most,
    int mostMinimum,
    boolean countAllTiers) {

  public QueryPlan {
    required = List.copyOf(required);
    excluded = List.copyOf(excluded);
    tiers = List.copyOf(tiers);
    most = List.copyOf(most);
  }

  /** Words of which one must match. */
  public record Group(List<Word> options) {
    public Group {
      options = List.copyOf(options);
    }

    public boolean single() {
      return options.size() == 1;
    }
  }

  /** No words at all: every row (under the filters), in document order. */
  public boolean matchesEverything() {
    return required.isEmpty() && excluded.isEmpty();
  }

  /** Whether the hits are ranked by score: only when there are words to score. */
  public boolean scored() {
    return !required.isEmpty();
  }

  public boolean has(Tier tier) {
    return tiers.contains(tier);
  }

  /** The query as the user typed it, for tiers that read text rather than words (semantic). */
  public String typed() {
    return String.join(" ", text.words().stream().map(QueryText.Clause::text).toList());
  }
}
