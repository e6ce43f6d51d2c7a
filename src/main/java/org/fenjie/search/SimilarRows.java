package org.fenjie.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.fenjie.index.Schema;
import org.fenjie.model.TaskRow;

/**
 * Rows of other regions about the same thing as a given row: MoreLikeThis over the smartcn words
 * of its task (words of two characters or more, the most distinctive first), the row's own region
 * excluded, so a user can compare what each county promises on one topic.
 */
final class SimilarRows {

  static final int MAX_COUNT = 50;

  private final Analyzer analyzer;

  SimilarRows(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  List<SimilarTask> find(RowSearcher searcher, TaskRow row, int count) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(analyzer);
    mlt.setFieldNames(new String[] {Schema.TASK});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(1);
    // Single characters (的, 和, 等) say little about a topic.
    mlt.setMinWordLen(2);
    mlt.setMaxDocFreqPct(30);
    mlt.setMaxQueryTerms(25);
    Query like = mlt.like(Schema.TASK, new StringReader(row.task()));
    Query query =
        new BooleanQuery.Builder()
            .add(like, Occur.MUST)
            .add(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ROW)), Occur.FILTER)
            .add(new TermQuery(new Term(Schema.filterField(Schema.DIM_REGION), row.region().strip())), Occur.MUST_NOT)
            .build();
    List<SimilarTask> out = new ArrayList<>();
    for (ScoreDoc sd : searcher.search(query, Math.max(1, Math.min(count, MAX_COUNT))).scoreDocs) {
      out.add(new SimilarTask(searcher.row(sd.doc), sd.score));
    }
    return out;
  }
}
