package org.fenjie.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.fenjie.model.CanonicalNames;
import org.fenjie.model.GlossaryEntry;
import org.fenjie.model.ParsedDocument;
import org.fenjie.model.TaskRow;

/**
 * Builds a complete new index generation beside the one being served and publishes it only after
 * it is committed and every document's rows are found in it; on any failure the new generation is
 * removed and the previous one keeps serving untouched.
 */
public final class IndexBuilder {

  private final IndexLocation location;
  private final RowDocument rowDocument;
  private final FacetsConfig facetsConfig = Schema.facetsConfig();
  private final boolean oneSegment;

  /** A builder that merges every index it writes into one segment. */
  public IndexBuilder(Path indexRoot, CanonicalNames names) {
    this(new IndexLocation(indexRoot), new RowDocument(names), true);
  }

  private IndexBuilder(IndexLocation location, RowDocument rowDocument, boolean oneSegment) {
    this.location = location;
    this.rowDocument = rowDocument;
    this.oneSegment = oneSegment;
  }

  /**
   * With {@code false}, the segments stay as Lucene's merge policy leaves them (a few per million
   * rows) instead of being merged into one at the end: a large build is about a fifth faster, but
   * every search pays per segment (a third fewer served requests/s at 1 M rows; docs/perf.md).
   */
  public IndexBuilder mergedIntoOneSegment(boolean on) {
    return new IndexBuilder(location, rowDocument, on);
  }

  public BuildReport build(Iterable<ParsedDocument> documents) throws IOException {
    return build(documents, List.of());
  }

  /**
   * Indexes {@code documents} (read lazily, one at a time) and swaps the result in.
   * {@code unreadable} names documents the caller could not parse; they are recorded in the
   * commit so /health and the next run can report them.
   */
  public BuildReport build(Iterable<ParsedDocument> documents, List<String> unreadable)
      throws IOException {
    return build(writer -> addDocuments(writer, documents), unreadable, IndexInfo.FROM_DOCUMENTS);
  }

  /**
   * Indexes rows streamed from elsewhere (e.g. a JSON Lines file), one row in memory per thread at
   * a time, with {@code threads} threads analysing and adding rows; rows of one source need not be
   * adjacent. {@code progress} hears how many rows are added now and then, and when all are.
   */
  public BuildReport build(Iterator<TaskRow> rows, int threads, Progress progress) throws IOException {
    ParallelRowFeed feed = new ParallelRowFeed(rows, rowDocument, facetsConfig, threads, progress);
    return build(feed::addTo, List.of(), IndexInfo.FROM_ROWS);
  }

  private BuildReport build(Feed feed, List<String> unreadable, String origin) throws IOException {
    try (IndexLocation.Lock lock = location.lockForBuild()) {
      location.removeOtherGenerations();
      Path generation = location.newGeneration();
      try {
        BuildReport report = write(generation, feed, unreadable, origin);
        location.publish(generation);
        location.removeOtherGenerations();
        return report;
      } catch (IOException | RuntimeException | Error e) {
        IndexLocation.deleteTree(generation);
        throw e;
      }
    }
  }

  /** Hears how a streamed build goes; called from indexing threads. */
  public interface Progress {
    /** Some more rows are added; {@code rows} so far. */
    void added(long rows);

    /** Every row is added; merging, checking and the suggester follow. */
    void allAdded(long rows);
  }

  /** Adds rows (and glossary entries) to a new index; says how many rows of each source it gave. */
  interface Feed {
    Added addTo(IndexWriter writer) throws IOException;
  }

  /** Rows given per source, in the order sources were first seen, and glossary entries added. */
  record Added(Map<String, Long> rowsPerSource, int glossaryEntries) {
    long rows() {
      return rowsPerSource.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  private Added addDocuments(IndexWriter writer, Iterable<ParsedDocument> documents) throws IOException {
    Map<String, Long> given = new LinkedHashMap<>();
    int glossary = 0;
    Set<String> ids = new HashSet<>();
    Set<RowDocument.Alias> aliases = new LinkedHashSet<>();
    for (ParsedDocument doc : documents) {
      String source = Objects.requireNonNullElse(doc.source(), "");
      if (given.containsKey(source)) {
        throw new IndexBuildException("two documents are both named " + source, List.of());
      }
      given.put(source, (long) doc.rows().size());
      addRows(writer, doc, source, ids);
      doc.rows().forEach(row -> aliases.addAll(rowDocument.aliases(row)));
      for (GlossaryEntry entry : doc.glossary()) {
        writer.addDocument(RowDocument.of(entry));
        glossary++;
      }
    }
    for (RowDocument.Alias alias : aliases) {
      writer.addDocument(RowDocument.of(alias));
    }
    return new Added(given, glossary);
  }

  private BuildReport write(Path generation, Feed feed, List<String> unreadable, String origin) throws IOException {
    Instant builtAt = Instant.now();
    Added added;
    try (Directory dir = FSDirectory.open(generation.resolve(IndexLocation.ROWS));
        IndexWriter writer = new IndexWriter(dir, writerConfig())) {
      added = feed.addTo(writer);
      if (oneSegment) {
        writer.forceMerge(1); // the index is written once and then only read
      } else {
        writer.maybeMerge(); // only what the merge policy asks for; closing the writer waits for it
      }
      IndexInfo info =
          new IndexInfo(
              builtAt, added.rows(), Schema.VERSION, List.copyOf(added.rowsPerSource().keySet()), unreadable, origin);
      writer.setLiveCommitData(info.toUserData().entrySet());
      writer.commit();
    }
    try (Directory dir = FSDirectory.open(generation.resolve(IndexLocation.ROWS));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      List<BuildReport.DocumentCount> counts = verify(reader, added.rowsPerSource());
      SuggestIndex.build(reader, generation.resolve(IndexLocation.SUGGEST));
      IndexInfo info = IndexInfo.fromUserData(reader.getIndexCommit().getUserData());
      return new BuildReport(counts, added.rows(), added.glossaryEntries(), info, generation);
    }
  }

  private void addRows(IndexWriter writer, ParsedDocument doc, String source, Set<String> ids)
      throws IOException {
    long position = 0;
    for (TaskRow row : doc.rows()) {
      if (!source.equals(Objects.requireNonNullElse(row.source(), ""))) {
        throw new IndexBuildException(
            "row " + row.id() + " says it comes from " + row.source() + " but was given with " + source,
            List.of());
      }
      if (!ids.add(String.valueOf(row.id()))) {
        throw new IndexBuildException("duplicate row id " + row.id() + " in " + source, List.of());
      }
      Document d;
      try {
        d = rowDocument.of(row, position++);
      } catch (IllegalArgumentException e) {
        throw new IndexBuildException(e.getMessage(), e);
      }
      writer.addDocument(facetsConfig.build(d));
    }
  }

  /** Counts each source's rows in the committed index; any difference fails the build. */
  static List<BuildReport.DocumentCount> verify(DirectoryReader reader, Map<String, Long> given)
      throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    List<BuildReport.DocumentCount> counts = new ArrayList<>();
    boolean complete = true;
    for (Map.Entry<String, Long> e : given.entrySet()) {
      long indexed = searcher.count(rowsOf(e.getKey()));
      BuildReport.DocumentCount c = new BuildReport.DocumentCount(e.getKey(), e.getValue(), indexed);
      complete &= c.complete();
      counts.add(c);
    }
    long total = searcher.count(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ROW)));
    long expected = given.values().stream().mapToLong(Long::longValue).sum();
    if (!complete || total != expected) {
      throw new IndexBuildException(
          "rows lost while indexing: " + expected + " given, " + total + " in the index", counts);
    }
    return counts;
  }

  private static Query rowsOf(String source) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ROW)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Schema.SOURCE, source)), BooleanClause.Occur.FILTER)
        .build();
  }

  private static IndexWriterConfig writerConfig() {
    IndexWriterConfig config = new IndexWriterConfig(Schema.analyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    config.setIndexSort(Schema.DOCUMENT_ORDER);
    config.setRAMBufferSizeMB(64);
    // As many merge threads as cores: a forced merge is one merge, and Lucene merges its parts
    // (postings, stored fields, doc values, ...) in parallel only when threads are left over.
    ConcurrentMergeScheduler merges = new ConcurrentMergeScheduler();
    int cores = Runtime.getRuntime().availableProcessors();
    merges.setMaxMergesAndThreads(cores + 5, cores);
    config.setMergeScheduler(merges);
    return config;
  }
}
