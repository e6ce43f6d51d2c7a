package org.fenjie.search;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.fenjie.index.IndexLocation;
import org.fenjie.index.Schema;
import org.fenjie.model.RowJson;

/**
 * The benchmark's reference: the same search done with nothing but Lucene on fenjie's index (no
 * query language, generations, tie-break sort, glossary or row JSON beyond reading the id): each
 * term a phrase on the smartcn task field, all required; filters as a DrillDownQuery; hits,
 * multi-select counts and one highlighted sentence per hit from DrillSideways and the default
 * UnifiedHighlighter. Timing it beside {@link LuceneTaskSearch} shows what fenjie's layers cost.
 */
public final class BareLuceneSearch implements AutoCloseable {

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final SortedSetDocValuesReaderState state;
  private final FacetsConfig config = Schema.facetsConfig();
  private final Analyzer analyzer = Schema.analyzer();
  private final QueryBuilder builder = new QueryBuilder(analyzer);
  private final UnifiedHighlighter highlighter;

  /** The answer in plain types: total hits, top ids, top values per dimension, one snippet per hit. */
  public record Result(long total, List<String> ids, Map<String, List<FacetValue>> facets, List<String> snippets) {}

  private BareLuceneSearch(Directory directory) throws IOException {
    this.directory = directory;
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    this.state = new DefaultSortedSetDocValuesReaderState(reader, config);
    this.highlighter =
        new GivenTextHighlighter(
            UnifiedHighlighter.builder(searcher, analyzer),
            doc -> RowJson.read(searcher.storedFields().document(doc).get(Schema.ROW_JSON)).task());
  }

  /** Opens the generation currently served under {@code indexRoot}. */
  public static BareLuceneSearch open(Path indexRoot) throws IOException {
    Path generation =
        new IndexLocation(indexRoot).current().orElseThrow(() -> new IOException("no index in " + indexRoot));
    return new BareLuceneSearch(FSDirectory.open(IndexLocation.rows(generation)));
  }

  public Result search(List<String> terms, Map<String, List<String>> filters, int rows, Map<String, Integer> facets)
      throws IOException {
    Query text = textQuery(terms);
    DrillDownQuery ddq = new DrillDownQuery(config, text);
    // Each dimension's values through the index's filter field (the facet module's drill-down
    // terms are not indexed, see Schema.facetsConfig); DrillSideways takes any query per dimension.
    filters.forEach((dim, values) ->
        ddq.add(dim, new TermInSetQuery(Schema.filterField(dim), values.stream().map(BytesRef::new).toList())));
    DrillSideways.DrillSidewaysResult r = new DrillSideways(searcher, config, state).search(ddq, Math.max(1, rows));
    ScoreDoc[] top = r.hits.scoreDocs;
    List<String> ids = new ArrayList<>(top.length);
    StoredFields stored = searcher.storedFields();
    int[] docs = new int[top.length];
    for (int i = 0; i < top.length; i++) {
      docs[i] = top[i].doc;
      ids.add(id(stored, top[i].doc));
    }
    Map<String, List<FacetValue>> counts = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> f : facets.entrySet()) {
      counts.put(f.getKey(), values(r, f.getKey(), f.getValue()));
    }
    List<String> snippets = List.of();
    if (!terms.isEmpty() && docs.length > 0) {
      String[] s = highlighter.highlight(Schema.TASK, text, r.hits, 1);
      snippets = java.util.Arrays.asList(s);
    }
    return new Result(r.hits.totalHits.value(), ids, counts, snippets);
  }

  /**
   * The score each of {@code ids} gets for the words under the filters (ids that do not match are
   * left out): enough to tell whether two rankings differ only in the order of tied rows.
   */
  public Map<String, Float> scores(List<String> terms, Map<String, List<String>> filters, Collection<String> ids)
      throws IOException {
    List<BytesRef> idTerms = ids.stream().map(BytesRef::new).toList();
    Query q =
        new BooleanQuery.Builder()
            .add(FacetFilters.of(filters).filter(textQuery(terms)), Occur.MUST)
            .add(new TermInSetQuery(Schema.ID, idTerms), Occur.FILTER)
            .build();
    Map<String, Float> out = new LinkedHashMap<>();
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : searcher.search(q, Math.max(1, ids.size())).scoreDocs) {
      out.put(id(stored, sd.doc), sd.score);
    }
    return out;
  }

  private static String id(StoredFields stored, int doc) throws IOException {
    String json = stored.document(doc).get(Schema.ROW_JSON);
    return JsonParser.parseString(json).getAsJsonObject().get("id").getAsString();
  }

  private Query textQuery(List<String> terms) {
    if (terms.isEmpty()) {
      return new MatchAllDocsQuery();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String t : terms) {
      Query q = builder.createPhraseQuery(Schema.TASK, t);
      if (q == null) {
        return new MatchNoDocsQuery();
      }
      b.add(q, Occur.MUST);
    }
    return b.build();
  }

  private static List<FacetValue> values(DrillSideways.DrillSidewaysResult r, String dim, int top) throws IOException {
    List<FacetValue> out = new ArrayList<>();
    FacetResult fr;
    try {
      fr = r.facets.getTopChildren(top, dim);
    } catch (IllegalArgumentException notIndexed) {
      return out;
    }
    if (fr != null) {
      for (LabelAndValue lv : fr.labelValues) {
        out.add(new FacetValue(lv.label, lv.value.intValue()));
      }
    }
    out.sort(FacetTables.BY_COUNT_THEN_VALUE);
    return out;
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}
