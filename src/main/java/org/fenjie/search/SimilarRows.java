package org.fenjie.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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
 * Rows of other regions about the same thing as a given row: MoreLikeThis over both the smartcn
 * words and the CJK bigrams of its task (the most distinctive terms, each weighted by how rare it
 * is), the row's own region excluded, so a user can compare what each county promises on one topic.
 * Settings chosen on the judged similar-tasks set (docs/eval.md).
 */
final class SimilarRows {

  static final int MAX_COUNT = 50;
  /** Terms kept from the row, rarest and most repeated first, over both fields together. */
  static final int QUERY_TERMS = 25;
  /** A term in more than this share of rows (推进, 建设, 加快) says nothing about the topic. */
  static final int MAX_DOC_FREQ_PCT = 10;

  private final Analyzer analyzer;

  SimilarRows(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  List<SimilarTask> find(RowSearcher searcher, TaskRow row, int count) throws IOException {
    Query query =
        new BooleanQuery.Builder()
            .add(like(searcher, row), Occur.MUST)
            .add(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ROW)), Occur.FILTER)
            .add(new TermQuery(new Term(Schema.filterField(Schema.DIM_REGION), row.region().strip())), Occur.MUST_NOT)
            .build();
    List<SimilarTask> out = new ArrayList<>();
    for (ScoreDoc sd : searcher.search(query, Math.max(1, Math.min(count, MAX_COUNT))).scoreDocs) {
      out.add(new SimilarTask(searcher.row(sd.doc), sd.score));
    }
    return out;
  }

  private Query like(RowSearcher searcher, TaskRow row) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(analyzer);
    // The bigrams find what smartcn cuts differently (海外仓 as 海外/仓 in one row, whole in another).
    mlt.setFieldNames(new String[] {Schema.TASK, Schema.TASK_BIGRAM});
    // A task is one or two sentences: a word said once is already a topic word.
    mlt.setMinTermFreq(1);
    // A term no other row holds cannot make any row similar.
    mlt.setMinDocFreq(2);
    // Single characters (的, 和, 等) say little about a topic.
    mlt.setMinWordLen(2);
    mlt.setMaxDocFreqPct(MAX_DOC_FREQ_PCT);
    mlt.setMaxQueryTerms(QUERY_TERMS);
    mlt.setBoost(true);
    Map<String, Collection<Object>> fields = Map.of(Schema.TASK, List.of(row.task()), Schema.TASK_BIGRAM, List.of(row.task()));
    return mlt.like(fields);
  }
}
