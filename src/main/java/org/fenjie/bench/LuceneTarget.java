package org.fenjie.bench;

import java.io.IOException;
import org.fenjie.search.BareLuceneSearch;

/** The bare Lucene loop ({@link BareLuceneSearch}) as a benchmark layer. */
public final class LuceneTarget implements BenchTarget {

  private final BareLuceneSearch lucene;

  public LuceneTarget(BareLuceneSearch lucene) {
    this.lucene = lucene;
  }

  @Override
  public String name() {
    return "lucene";
  }

  @Override
  public Answer search(BenchQuery q) throws IOException {
    BareLuceneSearch.Result r = lucene.search(q.terms(), q.filters(), q.rows(), q.facets());
    return new Answer(r.total(), r.ids(), r.facets());
  }
}
