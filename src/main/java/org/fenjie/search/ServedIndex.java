package org.fenjie.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.store.AlreadyClosedException;
import org.fenjie.index.IndexLocation;

/**
 * The generation of an index root being served, swapped without locking the search path: work
 * runs on a searcher acquired from the current generation; a refresh that finds CURRENT naming
 * another generation opens it, switches, and retires the old one, which closes once the last
 * search still using it releases its searcher.
 */
final class ServedIndex {

  /** Work done with one acquired searcher. */
  interface Work<T> {
    T apply(RowSearcher searcher) throws IOException;
  }

  private final IndexLocation location;
  private volatile Generation generation;
  private boolean closed;

  private final SearchThreads threads;

  private ServedIndex(IndexLocation location, Generation generation, SearchThreads threads) {
    this.location = location;
    this.generation = generation;
    this.threads = threads;
  }

  /** Opens the current generation; fails naming the path when none has been built. */
  static ServedIndex open(Path indexRoot, SearchThreads threads) throws IOException {
    IndexLocation location = new IndexLocation(indexRoot);
    Path current =
        location
            .current()
            .orElseThrow(() -> new IOException("no index in " + location.root() + "; build one with 'fenjie index'"));
    return new ServedIndex(location, Generation.open(current, threads), threads);
  }

  <T> T withSearcher(Work<T> work) throws IOException {
    while (true) {
      Generation g = generation;
      RowSearcher s;
      try {
        s = g.acquire();
      } catch (AlreadyClosedException swappedMeanwhile) {
        if (g == generation) {
          throw swappedMeanwhile;
        }
        continue;
      }
      try {
        return work.apply(s);
      } finally {
        g.release(s);
      }
    }
  }

  synchronized boolean refresh() throws IOException {
    if (closed) {
      throw new AlreadyClosedException("this search is closed");
    }
    Optional<Path> current = location.current();
    Generation served = generation;
    if (current.isEmpty() || current.get().equals(served.path())) {
      return false;
    }
    generation = Generation.open(current.get(), threads);
    served.retire();
    return true;
  }

  synchronized void close() throws IOException {
    if (!closed) {
      closed = true;
      generation.retire();
    }
  }
}
