package org.fenjie.search.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fenjie.search.plan.QueryPlan.Group;

/**
 * Makes the {@link QueryPlan} of a query: parses the text ({@link QueryText}), resolves each word's
 * synonyms, unit family and related terms and the parts of a run-together word, and lays out the tiers.
 * It knows word lists and Chinese segmentation, never an engine's query classes.
 */
public final class QueryPlanner {

  private final WordParts parts;
  private final QuerySynonyms synonyms;
  private final QuerySynonyms related;
  private final UnitFamilies families;
  private final boolean most;

  /** {@code parts} null: words are never split; {@code most} false: no MOST tier. */
  public QueryPlanner(WordParts parts, QuerySynonyms synonyms, QuerySynonyms related, UnitFamilies families, boolean most) {
    this.parts = parts;
    this.synonyms = synonyms;
    this.related = related;
    this.families = families;
    this.most = most;
  }

  /** The plan of {@code q}; {@code countAllTiers}: facets and total cover every tier, not only the exact one. */
  public QueryPlan plan(String q, boolean countAllTiers) {
    QueryText text = QueryText.parse(q);
    List<Group> required = new ArrayList<>();
    for (QueryText.Group g : text.required()) {
      required.add(new Group(g.options().stream().map(this::word).toList()));
    }
    List<Word> excluded = text.excluded().stream().map(this::word).toList();
    List<Tier> tiers = new ArrayList<>();
    List<Group> mostOf = List.of();
    int minimum = 0;
    if (!required.isEmpty()) {
      tiers.add(Tier.ALL);
      tiers.add(Tier.SUGGESTED);
      // Related before most: a row meeting every word, one through a related concept, is closer
      // to the query than one missing a word (measured on dev: 争先进位 低效用地).
      if (required.stream().anyMatch(g -> g.options().stream().anyMatch(w -> !w.related().isEmpty()))) {
        tiers.add(Tier.RELATED);
      }
      mostOf = most ? mostGroups(required) : List.of();
      if (mostOf.size() >= 2) {
        tiers.add(Tier.MOST);
        minimum = minimum(mostOf.size());
      }
      tiers.add(Tier.SEMANTIC);
    }
    return new QueryPlan(text, required, excluded, tiers, mostOf, minimum, countAllTiers);
  }

  /**
   * How many of {@code n} groups a row of the MOST tier meets: one of two, two of three, then 60 %
   * rounded up (three of four or five, four of six) — Elasticsearch's minimum_should_match, chosen on dev.
   */
  public static int minimum(int n) {
    return n <= 2 ? 1 : n == 3 ? 2 : (int) Math.ceil(n * 0.6);
  }

  /** The groups the MOST tier counts: each word, and for a word run together each of its parts. */
  private List<Group> mostGroups(List<Group> required) {
    List<Group> out = new ArrayList<>();
    for (Group g : required) {
      Word only = g.single() ? g.options().get(0) : null;
      if (only != null && only.splits()) {
        only.parts().forEach(p -> out.add(new Group(List.of(word(new QueryText.Clause(p, false), false)))));
      } else {
        out.add(g);
      }
    }
    return out;
  }

  private Word word(QueryText.Clause c) {
    return word(c, parts != null);
  }

  private Word word(QueryText.Clause c, boolean splitting) {
    Set<String> forms = new LinkedHashSet<>(synonyms.forms(c));
    if (!c.quoted()) {
      forms.addAll(families.family(c.text()));
    }
    List<String> rel = related.forms(c);
    List<String> split = splitting && !c.quoted() ? parts.of(c.text()) : List.of(c.text());
    return new Word(c.text(), c.quoted(), List.copyOf(forms), rel.subList(1, rel.size()), split);
  }
}
