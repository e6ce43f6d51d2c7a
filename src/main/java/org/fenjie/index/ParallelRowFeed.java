package org.fenjie.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.NoMergePolicy;
import org.fenjie.model.TaskRow;

/**
 * Feeds streamed rows to an IndexWriter from several threads: the caller's thread reads rows,
 * checks ids are unique and numbers each row within its source; worker threads build the
 * documents and add them (analysis, the expensive part, runs in parallel inside IndexWriter's
 * per-thread buffers). A row whose id occurred before fails the build naming the id and both sources,
 * as {@link IndexBuilder} does for parsed documents: keeping either row would lose the other silently.
 * The first failure stops everything and is thrown, naming the row.
 */
final class ParallelRowFeed {

  private static final int BATCH = 256;
  private static final double RAM_BUFFER_MB = 256;
  private static final long PROGRESS_EVERY = 100_000;
  private static final List<Numbered> END = List.of();

  private final Iterator<TaskRow> rows;
  private final RowDocument rowDocument;
  private final FacetsConfig facetsConfig;
  private final int threads;
  private final IndexBuilder.Progress progress;

  ParallelRowFeed(
      Iterator<TaskRow> rows, RowDocument rowDocument, FacetsConfig facetsConfig, int threads, IndexBuilder.Progress progress) {
    this.rows = rows;
    this.rowDocument = rowDocument;
    this.facetsConfig = facetsConfig;
    this.threads = Math.max(1, threads);
    this.progress = progress;
  }

  /** A row and its position within its source document. */
  private record Numbered(TaskRow row, long position) {}

  IndexBuilder.Added addTo(IndexWriter writer) throws IOException {
    // The builder merges everything into one segment at the end anyway: merging while adding would
    // merge the same rows several times over. Fewer, larger flushes also mean fewer segments to merge.
    MergePolicy merging = writer.getConfig().getMergePolicy();
    writer.getConfig().setMergePolicy(NoMergePolicy.INSTANCE);
    writer.getConfig().setRAMBufferSizeMB(RAM_BUFFER_MB);
    try {
      return feed(writer);
    } finally {
      writer.getConfig().setMergePolicy(merging);
    }
  }

  private IndexBuilder.Added feed(IndexWriter writer) throws IOException {
    BlockingQueue<List<Numbered>> queue = new ArrayBlockingQueue<>(threads * 4);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicLong added = new AtomicLong();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread w = new Thread(() -> work(writer, queue, failure, added), "fenjie-index-" + t);
      w.start();
      workers.add(w);
    }
    Map<String, Long> perSource = new LinkedHashMap<>();
    try {
      read(queue, failure, perSource);
    } catch (RuntimeException | Error e) {
      failure.compareAndSet(null, e);
    } finally {
      for (int t = 0; t < threads; t++) {
        put(queue, END, failure);
      }
      joinAll(workers);
    }
    rethrow(failure.get());
    progress.allAdded(added.get());
    return new IndexBuilder.Added(perSource, 0);
  }

  private Iterable<? extends IndexableField> document(Numbered n) throws IOException {
    try {
      return facetsConfig.build(rowDocument.of(n.row(), n.position()));
    } catch (IllegalArgumentException e) {
      throw new IndexBuildException(e.getMessage(), e);
    }
  }

  private void read(BlockingQueue<List<Numbered>> queue, AtomicReference<Throwable> failure, Map<String, Long> perSource) {
    Map<String, String> sourceOfId = new HashMap<>();
    List<Numbered> batch = new ArrayList<>(BATCH);
    while (rows.hasNext() && failure.get() == null) {
      TaskRow row = rows.next();
      String id = String.valueOf(row.id());
      String source = Objects.requireNonNullElse(row.source(), "");
      long position = perSource.merge(source, 1L, Long::sum) - 1;
      String earlier = sourceOfId.put(id, source);
      if (earlier != null) {
        failure.compareAndSet(null, new IndexBuildException(
            "duplicate row id " + id + " in " + source + " (first in " + earlier + ")", List.of()));
        break;
      }
      batch.add(new Numbered(row, position));
      if (batch.size() == BATCH) {
        put(queue, batch, failure);
        batch = new ArrayList<>(BATCH);
      }
    }
    if (!batch.isEmpty()) {
      put(queue, batch, failure);
    }
  }

  private void work(
      IndexWriter writer, BlockingQueue<List<Numbered>> queue, AtomicReference<Throwable> failure, AtomicLong added) {
    try {
      for (List<Numbered> batch = queue.take(); batch != END; batch = queue.take()) {
        if (failure.get() != null) {
          continue; // drain until the end marker so the reader never blocks
        }
        for (Numbered n : batch) {
          writer.addDocument(document(n));
          long done = added.incrementAndGet();
          if (done % PROGRESS_EVERY == 0) {
            progress.added(done);
          }
        }
      }
      // Each worker writes out buffered rows now, in parallel; left to the final merge, the last
      // buffers (up to RAM_BUFFER_MB of rows) would be flushed one after another on one thread.
      while (failure.get() == null && writer.flushNextBuffer()) {
        // flushed one buffer; look for another
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure.compareAndSet(null, e);
    } catch (IOException | RuntimeException | Error e) {
      failure.compareAndSet(null, e);
      drain(queue);
    }
  }

  /** After a failure: take batches until the end marker, so the reader is never left blocked. */
  private static void drain(BlockingQueue<List<Numbered>> queue) {
    try {
      while (queue.take() != END) {
        // discard
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void put(BlockingQueue<List<Numbered>> queue, List<Numbered> batch, AtomicReference<Throwable> failure) {
    try {
      queue.put(batch);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure.compareAndSet(null, e);
    }
  }

  private static void joinAll(List<Thread> workers) {
    for (Thread w : workers) {
      try {
        w.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static void rethrow(Throwable t) throws IOException {
    if (t == null) {
      return;
    }
    if (t instanceof IOException io) {
      throw io;
    }
    if (t instanceof RuntimeException re) {
      throw re;
    }
    if (t instanceof Error err) {
      throw err;
    }
    throw new IOException("indexing interrupted", t);
  }
}
