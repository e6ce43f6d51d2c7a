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
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldDocs;
import org.fenjie.index.IndexInfo;
import org.fenjie.index.Schema;
import org.fenjie.model.TaskRow;
import org.fenjie.search.plan.QueryPlan;
import org.fenjie.search.plan.QueryPlanner;
import org.fenjie.search.plan.QuerySynonyms;
import org.fenjie.search.plan.Tier;
import org.fenjie.search.plan.UnitFamilies;
import org.fenjie.search.plan.WordParts;

/**
 * The search engine over an index root written by {@link org.fenjie.index.IndexBuilder}.
 * Thread-safe without locks on the search path: each call acquires a searcher from the current
 * generation's SearcherManager and releases it; {@link #refresh()} swaps in a newly published
 * generation while searches on the old one finish undisturbed.
 */
public final class LuceneTaskSearch implements TaskSearch {

  /** Values per facet dimension in a search result (the API promises at least 20). */
  public static final int FACET_VALUES = SearchLimits.FACET_VALUES;
  public static final int MAX_PAGE_SIZE = SearchLimits.MAX_PAGE_SIZE;
  /** Deepest hit reachable by page and size; beyond it the result's nextCursor goes on (searchAfter). */
  public static final int MAX_WINDOW = SearchLimits.MAX_WINDOW;
  public static final int MAX_FACET_VALUES = SearchLimits.MAX_FACET_VALUES;
  private static final int EXPORT_BATCH = 1_000;

  private final ServedIndex index;
  private final Analyzer analyzer = Schema.analyzer();
  private final QueryTranslator translator;
  private final QueryPlanner planner;
  private final UnitFamilies families;
  private final LaterTiers later;
  private final TaskHighlighter highlighter = new TaskHighlighter(analyzer);
  private final SimilarRows similarRows = new SimilarRows(analyzer);

  private LuceneTaskSearch(ServedIndex index, SearchOptions options, SemanticNeighbours semantic) {
    this.index = index;
    this.translator = new QueryTranslator(analyzer, options);
    this.families = options.families() ? UnitFamilies.load() : UnitFamilies.none();
    this.planner = planner(analyzer, options, families);
    this.later = new LaterTiers(translator, planner, semantic, options, new OneCharacterOff(analyzer));
  }

  /** The planner of this engine's options: the word lists each switch turns on. */
  static QueryPlanner planner(Analyzer analyzer, SearchOptions options, UnitFamilies families) {
    return new QueryPlanner(
        options.parts() ? new WordParts(analyzer) : null,
        options.synonyms() ? QuerySynonyms.load() : QuerySynonyms.none(),
        options.related() ? QuerySynonyms.load(QueryTranslator.RELATED_RESOURCE) : QuerySynonyms.none(),
        families,
        options.most());
  }

  /** Opens the index under {@code indexRoot}; fails naming the path when none has been built. */
  public static LuceneTaskSearch open(Path indexRoot) throws IOException {
    return open(indexRoot, SearchOptions.defaults());
  }

  public static LuceneTaskSearch open(Path indexRoot, SearchOptions options) throws IOException {
    return open(indexRoot, options, SemanticNeighbours.OFF);
  }

  /** With a semantic tier: {@code semantic} answers the rows near a query (SemanticNeighbours.OFF: none). */
  public static LuceneTaskSearch open(Path indexRoot, SearchOptions options, SemanticNeighbours semantic)
      throws IOException {
    return new LuceneTaskSearch(ServedIndex.open(indexRoot), options, semantic);
  }

  @Override
  public SearchResult search(SearchRequest asked) throws IOException {
    long start = System.nanoTime();
    return withSearcher(s -> search(s, asked, start));
  }

  /**
   * One request on one searcher: the aliases that widen its filters come from the generation whose
   * rows it finds, even while a re-index swaps generations. The exact tier is searched with its counts
   * and facets; when it found few rows, the later tiers follow it (LaterTiers).
   */
  private SearchResult search(RowSearcher s, SearchRequest asked, long start) throws IOException {
    SearchRequest request = resolve(s, asked);
    checkPaging(request);
    QueryPlan plan = planner.plan(request.q(), request.related());
    FacetFilters filters = FacetFilters.of(request.filters()).within(request.deadline());
    FacetedSearch.Words exact = words(plan, translator.all(plan));
    HitOrder order = HitOrder.of(request, plan.scored());
    boolean byScore = order.byScore();
    Sort sort = order.sort;
    // With a cursor: the page after it, plus one hit to know whether another page follows. The
    // cursor is bound to the search as asked, so that aliases changed by a re-index do not void it.
    FieldDoc after = asked.cursor() == null ? null : SearchCursor.decode(asked.cursor(), asked, order);
    int topN = after != null ? request.size() + 1 : Math.max(1, request.page() * request.size());
    FacetedSearch.Result r = faceted(s, exact, filters, after, topN, sort, byScore);
    TopDocs top = r.top();
    long exactHits = top.totalHits.value();
    LaterTiers.Found found = byScore && after == null && exactHits < LaterTiers.BELOW
        ? later.find(s, plan, exact.query(), filters, exactHits)
        : LaterTiers.Found.NONE;
    Facets facets = r.facets();
    long total = exactHits;
    if (plan.countAllTiers() && !found.hits().isEmpty()) {
      FacetedSearch.Result wide = faceted(s, words(plan, union(exact.query(), found)), filters, null, 1, sort, false);
      facets = wide.facets();
      total = wide.top().totalHits.value();
    }
    int from = after != null ? 0 : (request.page() - 1) * request.size();
    List<LaterTiers.Hit> listed = listed(top.scoreDocs, exact.query(), found.hits());
    List<LaterTiers.Hit> page = listed.subList(Math.min(from, listed.size()), Math.min(from + request.size(), listed.size()));
    boolean more = found.hits().isEmpty() && (after != null ? top.scoreDocs.length > page.size() : from + page.size() < exactHits);
    List<SearchHit> hits = hits(s, page, byScore);
    long tookMs = (System.nanoTime() - start) / 1_000_000;
    ScoreDoc last = more && !page.isEmpty() ? top.scoreDocs[from + page.size() - 1] : null;
    return new SearchResult(
        request.q(),
        total,
        request.page(),
        request.size(),
        tookMs,
        hits,
        FacetTables.top(facets, filters, FACET_VALUES),
        s.glossary().matching(plan.text()),
        last != null ? SearchCursor.encode(asked, (FieldDoc) last, order) : null,
        found.hits().size(),
        found.suggestion());
  }

  private static FacetedSearch.Result faceted(RowSearcher s, FacetedSearch.Words words, FacetFilters filters,
      FieldDoc after, int topN, Sort sort, boolean byScore) throws IOException {
    if (s.facetsState() == null) {
      return new FacetedSearch.Result(s.searchAfter(after, filters.filter(words.rows()), topN, sort, byScore), null);
    }
    return FacetedSearch.search(s, s.ordinals(), words, filters, after, topN, sort, byScore);
  }

  /** The exact tier's hits of this window, then the later tiers' rows. */
  private static List<LaterTiers.Hit> listed(ScoreDoc[] exact, Query exactQuery, List<LaterTiers.Hit> later) {
    List<LaterTiers.Hit> out = new ArrayList<>(exact.length + later.size());
    for (ScoreDoc d : exact) {
      out.add(new LaterTiers.Hit(d.doc, d.score, Tier.ALL, exactQuery));
    }
    out.addAll(later);
    return out;
  }

  /** Every row any tier listed: what the counts cover when the user asks for related results. */
  private static Query union(Query exact, LaterTiers.Found found) {
    BooleanQuery.Builder any = new BooleanQuery.Builder().add(exact, Occur.SHOULD);
    found.queries().forEach(q -> any.add(q, Occur.SHOULD));
    if (!found.semanticIds().isEmpty()) {
      any.add(new TermInSetQuery(Schema.ID, found.semanticIds().stream().map(BytesRef::new).toList()), Occur.SHOULD);
    }
    return any.build();
  }

  /** Whether some row names this unit (as its canonical facet value). */
  private static boolean printed(RowSearcher s, String unit) {
    try {
      return s.count(new TermQuery(new Term(Schema.filterField(Schema.DIM_UNIT), unit))) > 0;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static FacetedSearch.Words words(QueryPlan plan, Query query) {
    return new FacetedSearch.Words(query, plan.required().size(), plan.matchesEverything());
  }

  /**
   * Filter values widened by the index's aliases and, for a unit no row prints (市场监督管理局), by its
   * reviewed family's printed forms (市场监管局); a unit the facets list filters as itself, so its count
   * stays the total its filter gives.
   */
  private SearchRequest resolve(RowSearcher s, SearchRequest asked) throws IOException {
    List<String> units = asked.filters().get(Schema.DIM_UNIT);
    SearchRequest request = asked;
    if (units != null) {
      java.util.Set<String> widened = new java.util.LinkedHashSet<>(units);
      for (String u : units) {
        String v = FacetFilters.normalise(Schema.DIM_UNIT, u);
        if (s.aliases().canonical(Schema.DIM_UNIT, v).stream().noneMatch(c -> printed(s, c))) {
          families.family(v).stream().filter(f -> printed(s, f)).forEach(widened::add);
        }
      }
      java.util.Map<String, List<String>> filters = new java.util.LinkedHashMap<>(asked.filters());
      filters.put(Schema.DIM_UNIT, List.copyOf(widened));
      request = asked.withFilters(filters);
    }
    return s.aliases().resolve(request);
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
    QueryPlan plan = planner.plan(asked.q(), false);
    FacetedSearch.Words text = words(plan, translator.all(plan));
    return withSearcher(
        s -> {
          if (s.facetsState() == null) {
            return List.<FacetValue>of();
          }
          FacetFilters filters = FacetFilters.of(resolve(s, asked).filters()).within(asked.deadline());
          Facets facets = FacetedSearch.sideways(s, s.ordinals(), text, filters, dimension);
          return FacetTables.containing(facets, dimension, part, n);
        });
  }

  @Override
  public void export(SearchRequest asked, Consumer<TaskRow> sink) throws IOException {
    QueryPlan plan = planner.plan(asked.q(), false);
    Query words = words(plan, translator.all(plan)).rows();
    HitOrder order = HitOrder.of(asked, plan.scored());
    boolean byScore = order.byScore();
    Sort sort = order.sort;
    withSearcher(
        s -> {
          // Holding one searcher for the whole walk: a swap meanwhile cannot mix two indexes.
          Query query = FacetFilters.of(resolve(s, asked).filters()).within(asked.deadline()).filter(words);
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

  /** The page's rows, each highlighted with the query of the tier that found it (none for semantic). */
  private List<SearchHit> hits(RowSearcher s, List<LaterTiers.Hit> page, boolean byScore) throws IOException {
    ScoreDoc[] docs = page.stream().map(h -> new ScoreDoc(h.doc(), h.score())).toArray(ScoreDoc[]::new);
    List<TaskRow> rows = s.rows(docs, 0);
    String[] marked = new String[rows.size()];
    java.util.Map<Query, List<Integer>> byQuery = new java.util.LinkedHashMap<>();
    for (int i = 0; i < page.size(); i++) {
      if (page.get(i).query() == null) {
        marked[i] = TaskHighlighter.plain(rows.get(i).task());
      } else {
        byQuery.computeIfAbsent(page.get(i).query(), q -> new ArrayList<>()).add(i);
      }
    }
    for (java.util.Map.Entry<Query, List<Integer>> e : byQuery.entrySet()) {
      List<Integer> at = e.getValue();
      String[] m = highlighter.highlight(s, e.getKey(), at.stream().mapToInt(i -> docs[i].doc).toArray(),
          at.stream().map(i -> rows.get(i).task()).toList());
      for (int k = 0; k < at.size(); k++) {
        marked[at.get(k)] = m[k];
      }
    }
    List<SearchHit> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      float score = byScore && !Float.isNaN(docs[i].score) ? docs[i].score : 0f;
      out.add(new SearchHit(rows.get(i), score, java.util.Map.of(Schema.TASK, marked[i]), page.get(i).tier().label()));
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
