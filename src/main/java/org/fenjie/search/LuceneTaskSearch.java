package org.fenjie.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldDocs;
import org.fenjie.index.IndexInfo;
import org.fenjie.index.Schema;
import org.fenjie.model.TaskRow;

/**
 * The search engine over an index root written by {@link org.fenjie.index.IndexBuilder}.
 * Thread-safe without locks on the search path: each call acquires a searcher from the current
 * generation's SearcherManager and releases it; {@link #refresh()} swaps in a newly published
 * generation while searches on the old one finish undisturbed.
 */
public final class LuceneTaskSearch implements TaskSearch {

  /** Values per facet dimension in a search result (the API promises at least 20). */
  public static final int FACET_VALUES = 20;
  public static final int MAX_PAGE_SIZE = 100;
  /** Deepest hit reachable by page and size; beyond it the result's nextCursor goes on (searchAfter). */
  public static final int MAX_WINDOW = 10_000;
  public static final int MAX_FACET_VALUES = 1_000;
  private static final int EXPORT_BATCH = 1_000;

  private final ServedIndex index;
  private final Analyzer analyzer = Schema.analyzer();
  private final QueryTranslator translator;
  private final TaskHighlighter highlighter = new TaskHighlighter(analyzer);
  private final SimilarRows similarRows = new SimilarRows(analyzer);

  private LuceneTaskSearch(ServedIndex index, SearchOptions options) {
    this.index = index;
    this.translator = new QueryTranslator(analyzer, options);
  }

  /** Opens the index under {@code indexRoot}; fails naming the path when none has been built. */
  public static LuceneTaskSearch open(Path indexRoot) throws IOException {
    return open(indexRoot, SearchOptions.defaults());
  }

  public static LuceneTaskSearch open(Path indexRoot, SearchOptions options) throws IOException {
    return new LuceneTaskSearch(ServedIndex.open(indexRoot), options);
  }

  @Override
  public SearchResult search(SearchRequest asked) throws IOException {
    long start = System.nanoTime();
    return withSearcher(s -> search(s, asked, start));
  }

  /**
   * One request on one searcher: the aliases that widen its filters come from the generation whose
   * rows it finds, even while a re-index swaps generations.
   */
  private SearchResult search(RowSearcher s, SearchRequest asked, long start) throws IOException {
    SearchRequest request = s.aliases().resolve(asked);
    checkPaging(request);
    QueryText text = QueryText.parse(request.q());
    FacetFilters filters = FacetFilters.of(request.filters());
    Query textQuery = request.deadline().narrow(translator.toQuery(text));
    HitOrder order = HitOrder.of(request, text);
    boolean byScore = order.byScore();
    Sort sort = order.sort;
    // With a cursor: the page after it, plus one hit to know whether another page follows. The
    // cursor is bound to the search as asked, so that aliases changed by a re-index do not void it.
    FieldDoc after = asked.cursor() == null ? null : SearchCursor.decode(asked.cursor(), asked, order);
    int topN = after != null ? request.size() + 1 : Math.max(1, request.page() * request.size());
    TopDocs top;
    Facets facets = null;
    if (s.facetsState() == null) {
      top = s.searchAfter(after, filters.filter(rowsMatching(textQuery)), topN, sort, byScore);
    } else {
      FacetedSearch.Result r =
          FacetedSearch.search(s, s.ordinals(), textQuery, LuceneTaskSearch::rowsMatching, filters, after, topN, sort, byScore);
      top = r.top();
      facets = r.facets();
    }
    int from = after != null ? 0 : (request.page() - 1) * request.size();
    ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(from, top.scoreDocs.length),
        Math.min(from + request.size(), top.scoreDocs.length));
    boolean more = after != null ? top.scoreDocs.length > page.length : from + page.length < top.totalHits.value();
    List<SearchHit> hits = hits(s, textQuery, page, byScore);
    long tookMs = (System.nanoTime() - start) / 1_000_000;
    return new SearchResult(
        request.q(),
        top.totalHits.value(),
        request.page(),
        request.size(),
        tookMs,
        hits,
        FacetTables.top(facets, filters, FACET_VALUES),
        s.glossary().matching(text),
        more && page.length > 0 ? SearchCursor.encode(asked, (FieldDoc) page[page.length - 1], order) : null);
  }

  @Override
  public Optional<TaskRow> get(String id) throws IOException {
    if (id == null || id.isBlank() || id.length() > 256) {
      return Optional.empty();
    }
    return withSearcher(s -> findRow(s, id));
  }

  @Override
  public List<SimilarTask> similar(String id, int count) throws IOException {
    if (id == null || id.isBlank() || id.length() > 256) {
      return List.of();
    }
    return withSearcher(
        s -> {
          Optional<TaskRow> row = findRow(s, id);
          return row.isEmpty() ? List.<SimilarTask>of() : similarRows.find(s, row.get(), count);
        });
  }

  @Override
  public List<Suggestion> suggest(String prefix, int count) throws IOException {
    return withSearcher(s -> Completions.lookup(s.suggester(), prefix, count));
  }

  @Override
  public List<FacetValue> facetValues(String dimension, String prefix, SearchRequest asked, int count)
      throws IOException {
    if (!Schema.DIMENSIONS.contains(dimension)) {
      throw new BadQueryException("未知的筛选项：" + dimension);
    }
    int n = Math.max(1, Math.min(count, MAX_FACET_VALUES));
    String part = FacetFilters.normalise(dimension, prefix);
    Query text = asked.deadline().narrow(translator.toQuery(QueryText.parse(asked.q())));
    return withSearcher(
        s -> {
          if (s.facetsState() == null) {
            return List.<FacetValue>of();
          }
          FacetFilters filters = FacetFilters.of(s.aliases().resolve(asked).filters());
          Facets facets = FacetedSearch.sideways(s, s.ordinals(), text, LuceneTaskSearch::rowsMatching, filters, dimension);
          return FacetTables.containing(facets, dimension, part, n);
        });
  }

  @Override
  public void export(SearchRequest asked, Consumer<TaskRow> sink) throws IOException {
    QueryText text = QueryText.parse(asked.q());
    Query words = rowsMatching(asked.deadline().narrow(translator.toQuery(text)));
    HitOrder order = HitOrder.of(asked, text);
    boolean byScore = order.byScore();
    Sort sort = order.sort;
    withSearcher(
        s -> {
          // Holding one searcher for the whole walk: a swap meanwhile cannot mix two indexes.
          Query query = FacetFilters.of(s.aliases().resolve(asked).filters()).filter(words);
          FieldDoc after = null;
          while (true) {
            TopFieldDocs batch = s.searchAfter(after, query, EXPORT_BATCH, sort, byScore);
            for (TaskRow row : s.rows(batch.scoreDocs, 0)) {
              sink.accept(row);
            }
            if (batch.scoreDocs.length < EXPORT_BATCH) {
              return null;
            }
            after = (FieldDoc) batch.scoreDocs[batch.scoreDocs.length - 1];
          }
        });
  }

  @Override
  public boolean refresh() throws IOException {
    return index.refresh();
  }

  @Override
  public IndexStats stats() throws IOException {
    return withSearcher(
        s -> {
          DirectoryReader reader = (DirectoryReader) s.getIndexReader();
          IndexInfo info = IndexInfo.fromUserData(reader.getIndexCommit().getUserData());
          return new IndexStats(s.rows(), info.builtAt().toString());
        });
  }

  @Override
  public void close() throws IOException {
    index.close();
  }

  private List<SearchHit> hits(RowSearcher s, Query textQuery, ScoreDoc[] docs, boolean byScore)
      throws IOException {
    List<TaskRow> rows = s.rows(docs, 0);
    int[] ids = new int[rows.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = docs[i].doc;
    }
    String[] marked = highlighter.highlight(s, textQuery, ids, rows.stream().map(TaskRow::task).toList());
    List<SearchHit> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      float score = byScore && !Float.isNaN(docs[i].score) ? docs[i].score : 0f;
      out.add(new SearchHit(rows.get(i), score, java.util.Map.of(Schema.TASK, marked[i])));
    }
    return out;
  }

  private static Optional<TaskRow> findRow(RowSearcher s, String id) throws IOException {
    Query q =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Schema.ID, id)), Occur.FILTER)
            .add(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ROW)), Occur.FILTER)
            .build();
    ScoreDoc[] found = s.search(q, 1).scoreDocs;
    return found.length == 0 ? Optional.empty() : Optional.of(s.row(found[0].doc));
  }

  /**
   * The text query limited to rows. Words can only match rows (no other document type has a
   * searchable field, see Schema.TYPE); the type filter is added only where the query can match
   * every document — none of its required clauses is a word — and there it costs nothing extra,
   * while beside words it would be a conjunction with a million-entry postings list.
   */
  static Query rowsMatching(Query text) {
    if (QueryTranslator.requiredWords(text) > 0) {
      return text;
    }
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ROW)), Occur.FILTER)
        .add(text, Occur.MUST)
        .build();
  }

  private static void checkPaging(SearchRequest r) {
    if (r.page() < 1) {
      throw new BadQueryException("页码从 1 开始");
    }
    if (r.size() < 0 || r.size() > MAX_PAGE_SIZE) {
      throw new BadQueryException("每页条数应在 0 到 " + MAX_PAGE_SIZE + " 之间");
    }
    if (r.cursor() != null && r.page() != 1) {
      throw new BadQueryException("给了 cursor 就不能再给页码：cursor 接着上一页往下翻");
    }
    if (r.cursor() == null && (long) r.page() * r.size() > MAX_WINDOW) {
      throw new BadQueryException("页码只能翻到第 " + MAX_WINDOW + " 条结果；更深处请用上一页结果中的 nextCursor 接着翻，或加筛选条件缩小范围");
    }
  }

  private <T> T withSearcher(ServedIndex.Work<T> work) throws IOException {
    return index.withSearcher(work);
  }
}
