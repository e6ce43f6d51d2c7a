package org.fenjie.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.fenjie.index.Schema;
import org.fenjie.search.plan.QueryPlan;
import org.fenjie.search.plan.QueryPlanner;
import org.fenjie.search.plan.Tier;

/**
 * Runs the tiers of a plan after the exact one, for a search whose exact tier found fewer than
 * {@link #BELOW} rows: each tier lists only rows no earlier tier found, under the same filters, best
 * first, so an exact match is never pushed down. A query with that many exact rows needs no more, and
 * on millions of rows the later tiers then cost nothing.
 */
final class LaterTiers {

  /** The later tiers run only when the exact tier found fewer rows than this. */
  static final int BELOW = 50;
  /** At most this many rows from the later tiers together. */
  static final int LIMIT = 50;
  /** A suggestion (您是不是要找) is looked for only when the exact tier found fewer rows than this. */
  static final int FEW = 3;

  /** One row a later tier found, and the query that found it (for highlighting; null for semantic). */
  record Hit(int doc, float score, Tier tier, Query query) {}

  /** The later tiers' rows in order, the suggestion made (or null), and every tier's query for counting. */
  record Found(List<Hit> hits, String suggestion, List<Query> queries, Set<String> semanticIds) {
    static final Found NONE = new Found(List.of(), null, List.of(), Set.of());
  }

  private final QueryTranslator translator;
  private final QueryPlanner planner;
  private final SemanticNeighbours semantic;
  private final SearchOptions options;
  private final OneCharacterOff oneOff;

  LaterTiers(QueryTranslator translator, QueryPlanner planner, SemanticNeighbours semantic, SearchOptions options,
      OneCharacterOff oneOff) {
    this.oneOff = oneOff;
    this.translator = translator;
    this.planner = planner;
    this.semantic = semantic;
    this.options = options;
  }

  Found find(RowSearcher s, QueryPlan plan, Query exact, FacetFilters filters, long exactHits) throws IOException {
    Set<Integer> seen = new HashSet<>();
    for (ScoreDoc d : s.search(filters.filter(exact), BELOW).scoreDocs) {
      seen.add(d.doc);
    }
    List<Hit> hits = new ArrayList<>();
    List<Query> queries = new ArrayList<>();
    String suggestion = null;
    Set<String> semanticIds = Set.of();
    for (Tier tier : plan.tiers()) {
      if (hits.size() >= LIMIT) {
        break;
      }
      Query q = switch (tier) {
        case MOST -> options.most() ? translator.most(plan, q1 -> common(s, q1)) : null;
        case RELATED -> options.related() ? translator.related(plan) : null;
        default -> null;
      };
      if (tier == Tier.SUGGESTED && options.suggestions() && exactHits < FEW) {
        Optional<String> better = suggest(s, plan);
        if (better.isPresent()) {
          suggestion = better.get();
          q = translator.all(planner.plan(suggestion, false));
        }
      }
      if (q != null) {
        queries.add(q);
        add(s, filters.filter(q), tier, q, seen, hits);
      }
      if (tier == Tier.SEMANTIC && options.semantic() && seen.size() < BELOW) {
        semanticIds = semantic(s, plan, filters, seen, hits);
      }
    }
    return new Found(hits, suggestion, queries, semanticIds);
  }

  /** A word in more than this share of rows says little about a topic (推进, 建设). */
  static final double COMMON_SHARE = 0.10;

  private static boolean common(RowSearcher s, Query q) {
    try {
      return s.count(q) > COMMON_SHARE * s.rows();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void add(RowSearcher s, Query q, Tier tier, Query shown, Set<Integer> seen, List<Hit> hits)
      throws IOException {
    for (ScoreDoc d : s.search(q, LIMIT + seen.size()).scoreDocs) {
      if (hits.size() >= LIMIT) {
        return;
      }
      if (seen.add(d.doc)) {
        hits.add(new Hit(d.doc, d.score, tier, shown));
      }
    }
  }

  /**
   * The whole query corrected, or else each word that finds nothing on its own: from the vocabulary
   * (names, phrases, words, pinyin), else from the rows' own text one character off.
   */
  private Optional<String> suggest(RowSearcher s, QueryPlan plan) throws IOException {
    Optional<String> whole = corrected(s, plan.typed().replaceAll("\\s+", ""));
    if (whole.isPresent() || plan.text().words().size() < 2) {
      return whole;
    }
    List<String> words = new ArrayList<>();
    boolean changed = false;
    for (var c : plan.text().words()) {
      Optional<String> better = Optional.empty();
      if (s.count(translator.all(planner.plan(c.text(), false))) == 0) {
        better = corrected(s, c.text());
      }
      words.add(better.orElse(c.text()));
      changed |= better.isPresent();
    }
    return changed ? Optional.of(String.join(" ", words)) : Optional.empty();
  }

  private Optional<String> corrected(RowSearcher s, String text) throws IOException {
    Optional<String> known = s.corrections().suggest(text);
    return known.isPresent() ? known : oneOff.find(s, text);
  }

  /** Rows near the query text that no tier found, under the filters, in the neighbours' order. */
  private Set<String> semantic(RowSearcher s, QueryPlan plan, FacetFilters filters, Set<Integer> seen, List<Hit> hits)
      throws IOException {
    Map<String, Float> near = new LinkedHashMap<>();
    semantic.near(plan.typed(), LIMIT).forEach(n -> near.putIfAbsent(n.rowId(), n.similarity()));
    if (near.isEmpty()) {
      return Set.of();
    }
    List<BytesRef> ids = near.keySet().stream().map(BytesRef::new).toList();
    Query rows = new BooleanQuery.Builder()
        .add(new TermInSetQuery(Schema.ID, ids), Occur.MUST)
        .add(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ROW)), Occur.FILTER)
        .build();
    Map<String, Integer> docs = new LinkedHashMap<>();
    for (ScoreDoc d : s.search(filters.filter(rows), ids.size()).scoreDocs) {
      docs.put(s.row(d.doc).id(), d.doc);
    }
    for (Map.Entry<String, Float> n : near.entrySet()) {
      Integer doc = docs.get(n.getKey());
      if (doc != null && hits.size() < LIMIT && seen.add(doc)) {
        hits.add(new Hit(doc, n.getValue(), Tier.SEMANTIC, null));
      }
    }
    return near.keySet();
  }
}
