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
 * Intra-query concurrency for large indexes: one search splits its (single) segment into one
 * slice per core, run on a shared pool of daemon threads (the searching thread runs slices too,
 * so a busy pool never blocks a search) — but only while other cores are idle ({@link #enter}).
 * Small indexes search on the calling thread only: below {@link #MIN_DOCS} documents handing work
 * to another thread costs more than it saves. The system
 * properties {@code fenjie.search.threadsFromDocs} (that threshold) and
 * {@code fenjie.search.singleThreaded} exist for measurements and tests.
 */
final class SearchThreads {

  static final int MIN_DOCS = 200_000;
  private static final int CORES = Runtime.getRuntime().availableProcessors();
  private static volatile ExecutorService pool;

  private SearchThreads() {}

  /** The executor for a searcher over {@code reader}, or null to search on the calling thread. */
  static Executor executorFor(IndexReader reader) {
    if (CORES < 2 || reader.maxDoc() < minDocs() || Boolean.getBoolean("fenjie.search.singleThreaded")) {
      return null;
    }
    ExecutorService p = pool;
    if (p == null) {
      synchronized (SearchThreads.class) {
        if (pool == null) {
          AtomicInteger n = new AtomicInteger();
          pool =
              Executors.newFixedThreadPool(
                  CORES,
                  r -> {
                    Thread t = new Thread(r, "fenjie-search-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                  });
        }
        p = pool;
      }
    }
    return p;
  }

  private static final AtomicInteger RUNNING = new AtomicInteger();

  /** One search in progress, counted until closed. */
  static final class Running implements AutoCloseable {
    private final boolean alone;

    private Running(boolean alone) {
      this.alone = alone;
    }

    /** True when the other cores are free for this search's slices. */
    boolean alone() {
      return alone;
    }

    @Override
    public void close() {
      RUNNING.decrementAndGet();
    }
  }

  /** Counts a search in; it may use the pool while at most one search per two cores runs. */
  static Running enter() {
    return new Running(2 * RUNNING.incrementAndGet() <= CORES);
  }

  private static int minDocs() {
    return Math.max(2, Integer.getInteger("fenjie.search.threadsFromDocs", MIN_DOCS));
  }

  /** About one slice per core, cutting a large segment into document ranges. */
  static LeafSlice[] slices(List<LeafReaderContext> leaves) {
    long docs = 0;
    for (LeafReaderContext l : leaves) {
      docs += l.reader().maxDoc();
    }
    int perSlice = (int) Math.max(minDocs() / 2, (docs + CORES - 1) / CORES);
    return IndexSearcher.slices(leaves, perSlice, Integer.MAX_VALUE, true);
  }
}
