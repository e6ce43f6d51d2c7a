package org.fenjie.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.util.IOUtils;
import org.fenjie.index.Schema;
import org.fenjie.index.StoredJson;
import org.fenjie.index.SuggestIndex;
import org.fenjie.model.RowJson;
import org.fenjie.model.TaskRow;
import org.fenjie.search.plan.Corrections;

/**
 * An IndexSearcher with everything that is expensive to derive from its reader, built once when
 * the reader is opened (never on the query path) and dropped with it: the facet ordinals state,
 * the glossary, the suggester and the row count.
 */
final class RowSearcher extends IndexSearcher {

  private final SortedSetDocValuesReaderState facetsState;
  private final FacetOrdinals ordinals;
  private final Glossary glossary;
  private final NameAliases aliases;
  private final AnalyzingInfixSuggester suggester;
  private final long rows;
  /** Likely misprints per leader name typed, found once per reader (at most one entry per leader). */
  private final Map<String, List<String>> leaderVariants;
  /** This searcher, or for a searcher with an executor its twin that searches on the caller only. */
  private final RowSearcher sequential;
  /** The vocabulary of suggestions, read from the rows the first time a search needs one. */
  private final java.util.concurrent.atomic.AtomicReference<Corrections> corrections;

  private RowSearcher(IndexReader reader, Path generation, Executor executor) throws IOException {
    super(reader, executor);
    this.facetsState = facetsState(reader);
    this.ordinals = facetsState == null ? null : FacetOrdinals.of(facetsState);
    this.glossary = new Glossary(loadStored(Schema.TYPE_GLOSSARY, Schema.GLOSSARY_JSON, StoredJson::readGlossary));
    this.aliases = new NameAliases(loadStored(Schema.TYPE_ALIAS, Schema.ALIAS_JSON, StoredJson::readAlias));
    this.suggester = SuggestIndex.open(generation, reader);
    this.rows = count(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ROW)));
    reader.getReaderCacheHelper().addClosedListener(key -> IOUtils.closeWhileHandlingException(suggester));
    this.leaderVariants = new ConcurrentHashMap<>();
    this.corrections = new java.util.concurrent.atomic.AtomicReference<>();
    this.sequential = executor == null ? this : new RowSearcher(this);
  }

  /** The same reader and state, searched on the calling thread in one slice. */
  private RowSearcher(RowSearcher parallel) {
    super(parallel.getIndexReader());
    this.facetsState = parallel.facetsState;
    this.ordinals = parallel.ordinals;
    this.glossary = parallel.glossary;
    this.aliases = parallel.aliases;
    this.suggester = parallel.suggester;
    this.rows = parallel.rows;
    this.leaderVariants = parallel.leaderVariants;
    this.corrections = parallel.corrections;
    this.sequential = this;
  }

  /**
   * Spreads a search over the cores only while the other cores are idle (see SearchThreads#enter):
   * under concurrent requests every core already has a search of its own, and splitting each one
   * would only add the cost of the slices and of handing them over.
   */
  @Override
  public <C extends Collector, T> T search(Query query, CollectorManager<C, T> manager) throws IOException {
    if (sequential == null || sequential == this) {
      return super.search(query, manager);
    }
    try (SearchThreads.Running running = SearchThreads.enter()) {
      return running.alone() ? super.search(query, manager) : sequential.search(query, manager);
    }
  }

  @Override
  protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
    return SearchThreads.slices(leaves);
  }

  /** Creates a RowSearcher for every reader a SearcherManager opens on {@code generation}. */
  static SearcherFactory factory(Path generation) {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
        return new RowSearcher(reader, generation, SearchThreads.executorFor(reader));
      }
    };
  }

  /** Null when the index holds no facet values at all (no rows). */
  SortedSetDocValuesReaderState facetsState() {
    return facetsState;
  }

  /** The facet ordinals in heap; null exactly when {@link #facetsState()} is. */
  FacetOrdinals ordinals() {
    return ordinals;
  }

  Glossary glossary() {
    return glossary;
  }

  NameAliases aliases() {
    return aliases;
  }

  AnalyzingInfixSuggester suggester() {
    return suggester;
  }

  /** {@link LeaderVariants#of} for this reader, remembered for names that are leaders here. */
  List<String> leaderVariants(String name) throws IOException {
    List<String> known = leaderVariants.get(name);
    if (known != null) {
      return known;
    }
    if (!LeaderVariants.isLeader(this, name)) {
      return List.of(); // not remembered: typed words cannot grow the map, only real leaders
    }
    List<String> found = LeaderVariants.of(this, name);
    leaderVariants.put(name, found);
    return found;
  }

  /** Suggestions from this reader's names, phrases and words (SuggestIndex.entries), built once. */
  Corrections corrections() throws IOException {
    Corrections known = corrections.get();
    if (known == null) {
      List<Corrections.Entry> entries = new ArrayList<>();
      for (SuggestIndex.Entry e : SuggestIndex.entries(getIndexReader())) {
        entries.add(new Corrections.Entry(e.text(), e.type(), e.weight()));
      }
      known = new Corrections(entries);
      corrections.compareAndSet(null, known);
    }
    return known;
  }

  long rows() {
    return rows;
  }

  TaskRow row(int docId) throws IOException {
    return RowJson.read(storedFields().document(docId).get(Schema.ROW_JSON));
  }

  List<TaskRow> rows(ScoreDoc[] docs, int from) throws IOException {
    StoredFields stored = storedFields();
    List<TaskRow> out = new ArrayList<>();
    for (int i = from; i < docs.length; i++) {
      out.add(RowJson.read(stored.document(docs[i].doc).get(Schema.ROW_JSON)));
    }
    return out;
  }

  private static SortedSetDocValuesReaderState facetsState(IndexReader reader) throws IOException {
    try {
      return new DefaultSortedSetDocValuesReaderState(reader, Schema.facetsConfig());
    } catch (IllegalArgumentException noFacetField) {
      return null;
    }
  }

  /** Every document of one non-row type (glossary entries, aliases), read from its stored JSON. */
  private <T> List<T> loadStored(String type, String field, Function<String, T> read) throws IOException {
    TermQuery q = new TermQuery(new Term(Schema.TYPE, type));
    int n = Math.max(1, count(q));
    StoredFields stored = storedFields();
    List<T> out = new ArrayList<>();
    for (ScoreDoc sd : search(q, n).scoreDocs) {
      out.add(read.apply(stored.document(sd.doc).get(field)));
    }
    return out;
  }
}
