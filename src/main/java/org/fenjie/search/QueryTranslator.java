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

/**
 * Turns {@link QueryText} into a Lucene query made only of term and phrase queries (never a
 * wildcard, regex or fuzzy expansion). Each word must match in at least one field: the task text
 * (smartcn words, and CJK bigrams as a phrase, i.e. the exact substring), the section headings,
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
  /** The reviewed related terms: a neighbouring concept, not the same thing (see RELATED_BOOST). */
  static final String RELATED_RESOURCE = "/related.tsv";
  /**
   * A row that satisfies a word only through a related term (充电桩 for 新能源汽车) is a second tier:
   * its score is cut so far that it comes after the rows holding the word as typed or a synonym.
   */
  static final float RELATED_BOOST = 0.05f;
  /** Added for holding the word itself when it has related terms: above any related match's score. */
  static final float TYPED_TIER_SCORE = 10f;

  private final QueryBuilder builder;
  private final SearchOptions options;
  private final QuerySynonyms synonyms;
  private final QuerySynonyms related;
  private final WordParts parts;

  QueryTranslator(Analyzer analyzer, SearchOptions options) {
    this.builder = new QueryBuilder(analyzer);
    this.options = options;
    this.synonyms = options.synonyms() ? QuerySynonyms.load() : QuerySynonyms.none();
    this.related = options.related() ? QuerySynonyms.load(RELATED_RESOURCE) : QuerySynonyms.none();
    this.parts = new WordParts(analyzer);
  }

  /** The query matching rows for this text; match-all for an empty one. */
  Query toQuery(QueryText text) {
    if (text.isEmpty()) {
      return new MatchAllDocsQuery();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int positives = 0;
    for (QueryText.Clause c : text.required()) {
      Query q = clause(c);
      if (q != null) {
        b.add(q, Occur.MUST);
        positives++;
      }
    }
    if (positives == 0 && !text.required().isEmpty()) {
      // Every word analysed to nothing (emoji, punctuation): nothing can match it.
      return new MatchNoDocsQuery("no searchable words");
    }
    if (positives == 0) {
      b.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    for (QueryText.Clause c : text.excluded()) {
      Query q = clause(c);
      if (q != null) {
        b.add(q, Occur.MUST_NOT);
      }
    }
    return b.build();
  }

  /**
   * The words a query made by {@link #toQuery} requires: 0 for match-all, for match-none and for a
   * text of exclusions only (whose required part is match-all).
   */
  static long requiredWords(Query query) {
    return query instanceof BooleanQuery b
        ? b.clauses().stream().filter(c -> c.occur() == Occur.MUST && !(c.query() instanceof MatchAllDocsQuery)).count()
        : 0;
  }

  /**
   * One word or phrase as typed (with its synonyms), or, for an unquoted word a Chinese user ran
   * together (晋江养老, 海外仓建设), all of its parts anywhere in the row, weighted lower. Added by
   * the relevance work (QuerySynonyms, WordParts); null when nothing in it is searchable.
   */
  private Query clause(QueryText.Clause c) {
    return withRelated(c, asTypedOrInParts(c));
  }

  /** The word's reviewed related terms (resource related.tsv) as a low second tier beside it. */
  private Query withRelated(QueryText.Clause c, Query typed) {
    List<String> forms = related.forms(c);
    if (typed == null || forms.size() == 1) {
      return typed;
    }
    // The tier is strict: holding the word itself adds a constant no related match can reach, the
    // same for every such row, so it reorders nothing among them.
    BooleanQuery.Builder tiered = new BooleanQuery.Builder();
    tiered.add(orElse(typed, forms.subList(1, forms.size()), RELATED_BOOST), Occur.MUST);
    tiered.add(new BoostQuery(new ConstantScoreQuery(typed), TYPED_TIER_SCORE), Occur.SHOULD);
    return tiered.build();
  }

  private Query asTypedOrInParts(QueryText.Clause c) {
    Query typed = withSynonyms(c);
    List<String> split = c.quoted() || !options.parts() ? List.of(c.text()) : parts.of(c.text());
    if (typed == null || split.size() == 1) {
      return typed;
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String part : split) {
      Query q = withSynonyms(new QueryText.Clause(part, false));
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

  /** The word or phrase, or any of its reviewed synonyms (QuerySynonyms). */
  private Query withSynonyms(QueryText.Clause c) {
    List<String> forms = synonyms.forms(c);
    return orElse(word(forms.get(0)), forms.subList(1, forms.size()), SYNONYM_BOOST);
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
    add(alternatives, builder.createPhraseQuery(Schema.TASK, text), 1f);
    if (options.bigrams()) {
      add(alternatives, builder.createPhraseQuery(Schema.TASK_BIGRAM, text), 1f);
    }
    if (options.sections()) {
      add(alternatives, builder.createPhraseQuery(Schema.SECTION, text), SECTION_BOOST);
      // Region and kind as context too (added by the relevance work): "南安 低效用地" means 南安's rows.
      add(alternatives, builder.createPhraseQuery(Schema.SCOPE, text), SECTION_BOOST);
    }
    // Figures (added by the relevance work): "5%" prefers rows printing 5% over rows with a bare 5.
    Figures.of(text).filter(f -> options.figures()).ifPresent(f ->
        alternatives.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(Schema.FIGURES, f))), FIGURE_SCORE)));
    if (options.names()) {
      String name = CanonicalNames.normalise(text);
      if (!name.isEmpty()) {
        alternatives.add(
            new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(Schema.NAMES, name))), EXACT_NAME_SCORE));
      }
      add(alternatives, builder.createPhraseQuery(Schema.NAMES_BIGRAM, text), PARTIAL_NAME_BOOST);
    }
    if (alternatives.isEmpty() || onlyExactName(alternatives)) {
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

  /**
   * A word that no analyzer keeps (🙂, ***) would otherwise survive as an exact-name term and turn
   * a harmless emoji into a zero-hit query; treat it as nothing.
   */
  private static boolean onlyExactName(List<Query> alternatives) {
    return alternatives.size() == 1
        && alternatives.get(0) instanceof BoostQuery bq
        && bq.getQuery() instanceof ConstantScoreQuery cs
        && cs.getQuery() instanceof TermQuery tq
        && tq.getTerm().field().equals(Schema.NAMES);
  }

  private static void add(List<Query> out, Query q, float boost) {
    if (q != null) {
      out.add(boost == 1f ? q : new BoostQuery(q, boost));
    }
  }
}
