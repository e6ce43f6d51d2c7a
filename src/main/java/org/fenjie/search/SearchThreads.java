package org.fenjie.search;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSearcher.LeafSlice;

/**
 * Intra-query concurrency for large indexes, owned by one engine ({@link LuceneTaskSearch}) and
 * closed with it: one search splits its (single) segment into one slice per pool thread, run on
 * the engine's pool of daemon threads (the searching thread runs slices too, so a busy pool never
 * blocks a search) — but only while other threads are idle ({@link #enter}). Indexes below
 * {@link EngineSettings#threadsFromDocs()} documents search on the calling thread only.
 */
final class SearchThreads implements AutoCloseable {

  private final EngineSettings settings;
  private final AtomicInteger running = new AtomicInteger();
  private ExecutorService pool;

  SearchThreads(EngineSettings settings) {
    this.settings = settings;
  }

  EngineSettings settings() {
    return settings;
  }

  /** The executor for a searcher over {@code reader}, or null to search on the calling thread. */
  synchronized Executor executorFor(IndexReader reader) {
    if (settings.threads() < 2 || reader.maxDoc() < settings.threadsFromDocs()) {
      return null;
    }
    if (pool == null) {
      AtomicInteger n = new AtomicInteger();
      pool =
          Executors.newFixedThreadPool(
              settings.threads(),
              r -> {
                Thread t = new Thread(r, "fenjie-search-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
              });
    }
    return pool;
  }

  /** One search in progress, counted until closed. */
  final class Running implements AutoCloseable {
    private final boolean alone;

    private Running(boolean alone) {
      this.alone = alone;
    }

    /** True when the other threads are free for this search's slices. */
    boolean alone() {
      return alone;
    }

    @Override
    public void close() {
      running.decrementAndGet();
    }
  }

  /** Counts a search in; it may use the pool while at most one search per two threads runs. */
  Running enter() {
    return new Running(2 * running.incrementAndGet() <= settings.threads());
  }

  /** About one slice per thread, cutting a large segment into document ranges. */
  LeafSlice[] slices(List<LeafReaderContext> leaves) {
    long docs = 0;
    for (LeafReaderContext l : leaves) {
      docs += l.reader().maxDoc();
    }
    int perSlice = (int) Math.max(settings.threadsFromDocs() / 2, (docs + settings.threads() - 1) / settings.threads());
    return IndexSearcher.slices(leaves, perSlice, Integer.MAX_VALUE, true);
  }

  /** Stops the pool; searches still running finish their slices on their own threads. */
  @Override
  public synchronized void close() {
    if (pool != null) {
      pool.shutdown();
    }
  }
}
