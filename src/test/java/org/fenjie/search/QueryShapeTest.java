package org.fenjie.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.fenjie.index.Schema;
import org.fenjie.search.plan.UnitFamilies;
import org.junit.jupiter.api.Test;

/**
 * No input makes the engine walk the term dictionary: for every hand-picked and generated query
 * text, the Lucene query built from it (text and filters, as {@link LuceneTaskSearch} builds it)
 * holds only term and phrase queries — never a wildcard, regexp, fuzzy, prefix or range query.
 */
class QueryShapeTest {

  static final int GENERATED = 3_000;

  private final QueryTranslator translator = new QueryTranslator(Schema.analyzer(), SearchOptions.defaults());

  @Test
  void noInputBuildsAQueryThatEnumeratesTerms() throws IOException {
    List<String> inputs = new ArrayList<>(HostileQueries.handPicked());
    inputs.addAll(HostileQueries.generated(HostileQueries.SEED, GENERATED));
    int built = 0;
    int refused = 0;
    long leaves = 0;
    List<String> offences = new ArrayList<>();
    for (String q : inputs) {
      Query query;
      try {
        query = built(q);
      } catch (BadQueryException e) {
        assertTrue(!e.getMessage().isBlank());
        refused++;
        continue;
      }
      built++;
      TermsOnly visitor = new TermsOnly();
      query.visit(visitor);
      leaves += visitor.leaves;
      visitor.offences.forEach(o -> offences.add(o + " for input " + shorten(q)));
    }
    System.out.printf(
        "RELIABILITY query-shape: seed %d, %d inputs, %d built (%d term/phrase leaves), %d refused, %d term-enumerating%n",
        HostileQueries.SEED, inputs.size(), built, leaves, refused, offences.size());
    assertEquals(List.of(), offences, "seed " + HostileQueries.SEED);
    assertTrue(inputs.size() >= 2_000 && built > inputs.size() / 2, built + " of " + inputs.size() + " built");
    assertTrue(leaves > built, "the visitor sees the leaves, so an expanding query would be noticed");
  }

  @Test
  void theCheckNoticesAnExpandingQueryEvenUnderANegation() {
    Query hidden =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Schema.TASK, "仓")), Occur.MUST)
            .add(new WildcardQuery(new Term(Schema.TASK, "海*")), Occur.MUST_NOT)
            .build();
    TermsOnly visitor = new TermsOnly();
    hidden.visit(visitor);
    assertEquals(1, visitor.offences.size(), visitor.offences.toString());
  }

  /** The query the engine runs for this text with the same text as a unit filter value. */
  private Query built(String q) throws IOException {
    Query text = translator.all(LuceneTaskSearch.planner(Schema.analyzer(), SearchOptions.defaults(), UnitFamilies.load()).plan(q, false));
    // The engine narrows by filters with plain clauses (FacetFilters.filter); one rewrite step
    // shows the clauses as built (a full rewrite against an index could turn an expansion into terms).
    Query withFilter = FacetFilters.of(Map.of("unit", List.of(q), "region", List.of("晋江市"))).filter(text);
    return withFilter.rewrite(new IndexSearcher(new MultiReader()));
  }

  private static String shorten(String q) {
    String shown = q.length() > 60 ? q.substring(0, 60) + "…(" + q.length() + " chars)" : q;
    return shown.codePoints()
        .collect(StringBuilder::new, (b, cp) -> b.append(cp < 0x20 ? String.format("\\u%04x", cp) : Character.toString(cp)), StringBuilder::append)
        .toString();
  }
}
