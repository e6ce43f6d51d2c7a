package org.fenjie.search;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.fenjie.index.DamagedIndexException;
import org.fenjie.index.IndexIntegrity;
import org.fenjie.index.IndexLocation;

/**
 * One index generation being served: its directory and the SearcherManager over it. A swap
 * replaces the whole Generation (a new directory is a new index, not a newer commit of the old
 * one); the old one is retired and its files are closed once the last search using it releases.
 */
final class Generation {

  private final Path path;
  private final Directory directory;
  private final SearcherManager manager;

  private Generation(Path path, Directory directory, SearcherManager manager) {
    this.path = path;
    this.directory = directory;
    this.manager = manager;
  }

  /**
   * Opens a generation after reading every file against its checksum, so that damage is found
   * here, naming the file, instead of by a search (DamagedIndexException either way).
   */
  static Generation open(Path generation, SearchThreads threads) throws IOException {
    IndexIntegrity.verify(generation);
    Directory dir = FSDirectory.open(IndexLocation.rows(generation));
    try {
      return new Generation(generation, dir, new SearcherManager(dir, RowSearcher.factory(generation, threads)));
    } catch (CorruptIndexException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(dir);
      throw DamagedIndexException.unopenable(generation, e);
    } catch (IOException e) {
      IOUtils.closeWhileHandlingException(dir);
      throw e;
    }
  }

  Path path() {
    return path;
  }

  /** Throws AlreadyClosedException once retired; callers then retry with the new generation. */
  RowSearcher acquire() throws IOException {
    return (RowSearcher) manager.acquire();
  }

  void release(RowSearcher searcher) throws IOException {
    manager.release(searcher);
  }

  /** Stops handing out searchers; the directory closes when the last one in use is released. */
  void retire() throws IOException {
    RowSearcher last = acquire();
    IndexReader reader = last.getIndexReader();
    reader.getReaderCacheHelper().addClosedListener(key -> IOUtils.closeWhileHandlingException(directory));
    manager.release(last);
    manager.close();
  }
}
