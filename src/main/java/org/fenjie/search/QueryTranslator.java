package org.fenjie.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.fenjie.index.Figures;
import org.fenjie.index.Schema;
import org.fenjie.model.CanonicalNames;
import java.util.function.Predicate;
import org.fenjie.search.plan.QueryPlan;
import org.fenjie.search.plan.QueryPlanner;
import org.fenjie.search.plan.Tier;
import org.fenjie.search.plan.Word;

/**
 * Turns the tiers of a {@link QueryPlan} into Lucene queries made only of term and phrase queries
 * (never a wildcard, regex or fuzzy expansion). Each word must match in at least one field: the task
 * text (smartcn words, and CJK bigrams as a phrase, i.e. the exact substring), the section headings,
 * or the unit and leader names, where an exact name outweighs a mention in passing.
 */
final class QueryTranslator {

  /**
   * A row naming the unit or person exactly gets this constant on top of its text score: more
   * than any text match of one word can score (BM25 of a rare three-token phrase stays well
   * below it even at millions of rows), so such rows rank above rows that mention the name in
   * passing, and among themselves by how well the rest matches.
   */
  static final float EXACT_NAME_SCORE = 1000f;
  static final float PARTIAL_NAME_BOOST = 2f;
  /**
   * A row naming a likely misprint of the leader typed (蔡婉贞 for 蔡婉滨, see LeaderVariants) scores
   * this: after every row naming the person as typed, about level with a mention in passing.
   */
  static final float VARIANT_NAME_SCORE = 1f;
  static final float SECTION_BOOST = 0.3f;
  /**
   * A row printing the figure the user typed with its unit (5%, 7000亩; see Figures) gets this on
   * top of its text score, so it ranks above rows that only share the bare number (5 个).
   */
  static final float FIGURE_SCORE = 100f;
  /** A synonym (see {@link QuerySynonyms}) counts a little less than the word the user typed. */
  static final float SYNONYM_BOOST = 0.8f;
  /**
   * Rows holding every part of a run-together word (晋江养老) but not the word itself count half:
   * below the rows that print it as typed.
   */
  static final float PARTS_BOOST = 0.5f;
  /** The reviewed related terms: a neighbouring concept, not the same thing. */
  static final String RELATED_RESOURCE = "/related.tsv";
  /** In the RELATED tier, a related term counts below the word typed, so rows holding more typed words lead. */
  static final float RELATED_BOOST = 0.5f;

  private final QueryBuilder builder;
  private final SearchOptions options;

  QueryTranslator(Analyzer analyzer, SearchOptions options) {
    this.builder = new QueryBuilder(analyzer);
    this.options = options;
  }

  /**
   * The exact tier (every group) of a plan: match-all for a plan without words, match-none when none of
   * its words holds anything searchable (only emoji or ***).
   */
  Query all(QueryPlan plan) {
    return tier(plan, false);
  }

  /** The RELATED tier: every group, each word also met by its related terms; null when none has any. */
  Query related(QueryPlan plan) {
    return plan.has(Tier.RELATED) ? tier(plan, true) : null;
  }

  /**
   * The MOST tier: at least {@link QueryPlan#mostMinimum()} of its groups; null when it has none. A
   * group {@code common} says is frequent (推进, 建设 in most rows) only adds to the score and does not
   * count towards the minimum, as in Lucene's CommonTermsQuery: of 打造跨境电商集聚区 a row must hold most
   * of 跨境, 电商, 集聚区, not any two of them with 打造. So does a lone character (地 or 打 cut off by a
   * comma at the edge of pasted text): it is rarely a word of the row.
   */
  Query most(QueryPlan plan, Predicate<Query> common) {
    if (!plan.has(Tier.MOST)) {
      return null;
    }
    List<Query> main = new ArrayList<>();
    List<Query> frequent = new ArrayList<>();
    for (QueryPlan.Group g : plan.most()) {
      Query q = group(g, false);
      if (q != null) {
        (oneCharacter(g) || common.test(q) ? frequent : main).add(q);
      }
    }
    if (main.size() + frequent.size() < 2) {
      return null;
    }
    if (main.isEmpty()) {
      main.addAll(frequent);
      frequent.clear();
    }
    BooleanQuery.Builder need = new BooleanQuery.Builder();
    main.forEach(q -> need.add(q, Occur.SHOULD));
    need.setMinimumNumberShouldMatch(frequent.isEmpty() ? Math.min(plan.mostMinimum(), main.size())
        : QueryPlanner.minimum(main.size()));
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(need.build(), Occur.MUST);
    frequent.forEach(q -> b.add(q, Occur.SHOULD));
    return excluding(b, plan).build();
  }

  private static boolean oneCharacter(QueryPlan.Group g) {
    return g.single() && g.options().get(0).text().codePointCount(0, g.options().get(0).text().length()) == 1;
  }

  private Query tier(QueryPlan plan, boolean withRelated) {
    if (plan.matchesEverything()) {
      return new MatchAllDocsQuery();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int positives = 0;
    for (QueryPlan.Group g : plan.required()) {
      Query q = group(g, withRelated);
      if (q != null) {
        b.add(q, Occur.MUST);
        positives++;
      }
    }
    if (positives == 0 && !plan.required().isEmpty()) {
      // Every word analysed to nothing (emoji, ***): nothing can match it.
      return new MatchNoDocsQuery("no searchable words");
    }
    if (positives == 0) {
      b.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    return excluding(b, plan).build();
  }

  private BooleanQuery.Builder excluding(BooleanQuery.Builder b, QueryPlan plan) {
    for (Word w : plan.excluded()) {
      Query q = clause(w, false);
      if (q != null) {
        b.add(q, Occur.MUST_NOT);
      }
    }
    return b;
  }

  /** Any one of the group's words (an OR group), or its one word. */
  private Query group(QueryPlan.Group g, boolean withRelated) {
    List<Query> options = new ArrayList<>();
    for (Word w : g.options()) {
      Query q = clause(w, withRelated);
      if (q != null) {
        options.add(q);
      }
    }
    if (options.size() <= 1) {
      return options.isEmpty() ? null : options.get(0);
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    options.forEach(q -> any.add(q, Occur.SHOULD));
    return any.build();
  }

  /**
   * One word or phrase as typed (with its synonyms and family), or, for an unquoted word a Chinese user
   * ran together (晋江养老, 海外仓建设), all of its parts anywhere in the row, weighted lower; with
   * {@code withRelated}, its related terms too. Null when nothing in it is searchable.
   */
  private Query clause(Word w, boolean withRelated) {
    Query typed = asTypedOrInParts(w);
    return withRelated ? orElse(typed, w.related(), RELATED_BOOST) : typed;
  }

  private Query asTypedOrInParts(Word w) {
    Query typed = orElse(word(w.forms().get(0)), w.forms().subList(1, w.forms().size()), SYNONYM_BOOST);
    if (typed == null || !w.splits() || !options.parts()) {
      return typed;
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String part : w.parts()) {
      Query q = word(part);
      if (q == null) {
        return typed;
      }
      all.add(q, Occur.MUST);
    }
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    either.add(typed, Occur.SHOULD);
    either.add(new BoostQuery(all.build(), PARTS_BOOST), Occur.SHOULD);
    return either.build();
  }

  /** {@code first}, or any of {@code others} weighted by {@code boost}; null when first is. */
  private Query orElse(Query first, List<String> others, float boost) {
    if (others.isEmpty() || first == null) {
      return first;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    any.add(first, Occur.SHOULD);
    for (String other : others) {
      Query q = word(other);
      if (q != null) {
        any.add(new BoostQuery(q, boost), Occur.SHOULD);
      }
    }
    return any.build();
  }

  /** One word or phrase: any field may match it; null when it holds nothing searchable. */
  private Query word(String text) {
    List<Query> alternatives = new ArrayList<>();
    boolean analysed = add(alternatives, builder.createPhraseQuery(Schema.TASK, text), 1f);
    if (options.bigrams()) {
      analysed |= add(alternatives, builder.createPhraseQuery(Schema.TASK_BIGRAM, text), 1f);
    }
    if (options.sections()) {
      analysed |= add(alternatives, builder.createPhraseQuery(Schema.SECTION, text), SECTION_BOOST);
      // Region and kind as context too (added by the relevance work): "南安 低效用地" means 南安's rows.
      analysed |= add(alternatives, builder.createPhraseQuery(Schema.SCOPE, text), SECTION_BOOST);
    }
    // A word that no analyzer keeps (🙂, ***) would otherwise survive as an exact-name term and turn
    // a harmless emoji into a zero-hit query; it is nothing.
    analysed |= Figures.of(text).isPresent() && options.figures();
    // Figures (added by the relevance work): "5%" prefers rows printing 5% over rows with a bare 5.
    Figures.of(text).filter(f -> options.figures()).ifPresent(f ->
        alternatives.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(Schema.FIGURES, f))), FIGURE_SCORE)));
    if (options.names()) {
      String name = CanonicalNames.normalise(text);
      if (!name.isEmpty()) {
        alternatives.add(
            new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(Schema.NAMES, name))), EXACT_NAME_SCORE));
      }
      analysed |= add(alternatives, builder.createPhraseQuery(Schema.NAMES_BIGRAM, text), PARTIAL_NAME_BOOST);
    }
    if (!analysed) {
      return null;
    }
    if (options.names()) {
      // Likely misprints of a leader's name, far below the name as typed (LeaderVariants).
      alternatives.add(new BoostQuery(new LeaderVariantQuery(CanonicalNames.normalise(text)), VARIANT_NAME_SCORE));
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    alternatives.forEach(q -> any.add(q, Occur.SHOULD));
    return any.build();
  }

  private static boolean add(List<Query> out, Query q, float boost) {
    if (q != null) {
      out.add(boost == 1f ? q : new BoostQuery(q, boost));
    }
    return q != null;
  }
}
