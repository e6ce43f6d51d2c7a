package org.fenjie.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Walks a query and records every part that would match terms by pattern (wildcard, regexp,
 * fuzzy, prefix, range: anything that enumerates the term dictionary), excluded clauses included.
 */
final class TermsOnly extends QueryVisitor {
  final List<String> offences = new ArrayList<>();
  long leaves;

  @Override
  public void consumeTerms(Query query, Term... terms) {
    leaves++;
  }

  @Override
  public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
    offences.add(query.getClass().getSimpleName() + " on " + field);
  }

  @Override
  public void visitLeaf(Query query) {
    if (query instanceof MultiTermQuery) {
      offences.add(query.getClass().getSimpleName() + " (leaf) " + query);
    }
    leaves++;
  }

  @Override
  public QueryVisitor getSubVisitor(Occur occur, Query parent) {
    return this; // the default skips MUST_NOT clauses; an excluded wildcard still walks the terms
  }
}
