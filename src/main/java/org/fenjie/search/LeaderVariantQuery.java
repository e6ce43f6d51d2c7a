package org.fenjie.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.fenjie.index.Schema;

/**
 * Rows naming a likely misprint of a leader's name ({@link LeaderVariants}), each with a constant
 * score of 1. The variants depend on the index, so they are looked up when the query is rewritten
 * against it; on any other searcher, or for a word that is not a leader's name, it matches nothing.
 */
final class LeaderVariantQuery extends Query {

  private final String name;

  LeaderVariantQuery(String name) {
    this.name = name;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    if (!(searcher instanceof RowSearcher rows)) {
      return new MatchNoDocsQuery("not a fenjie index");
    }
    List<String> variants = rows.leaderVariants(name);
    if (variants.isEmpty()) {
      return new MatchNoDocsQuery("no likely variants of " + name);
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String v : variants) {
      any.add(new ConstantScoreQuery(new TermQuery(new Term(Schema.NAMES, v))), Occur.SHOULD);
    }
    return any.build();
  }

  @Override
  public void visit(QueryVisitor visitor) {
    // Only the names field: a highlighter of the task text must not see an unknown query part
    // (it would then re-analyse every text instead of reading offsets from the postings).
    if (visitor.acceptField(Schema.NAMES)) {
      visitor.visitLeaf(this);
    }
  }

  @Override
  public String toString(String field) {
    return "leaderVariants(" + name + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && name.equals(((LeaderVariantQuery) other).name);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + name.hashCode();
  }
}
