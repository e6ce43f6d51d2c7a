package org.fenjie.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.fenjie.search.TaskSearch;

/**
 * Serves a re-built index without a restart or an admin token: asks the search every few seconds
 * to pick up a generation that `fenjie index` swapped in (a cheap check of one pointer file), and
 * says so on the log stream when it did.
 */
final class IndexWatch implements AutoCloseable {

  static final Duration DEFAULT_PERIOD = Duration.ofSeconds(2);

  private final ScheduledExecutorService timer;

  private IndexWatch(ScheduledExecutorService timer) {
    this.timer = timer;
  }

  static IndexWatch start(TaskSearch search, Duration period, PrintStream log) {
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "fenjie-index-watch");
              t.setDaemon(true);
              return t;
            });
    timer.scheduleWithFixedDelay(
        () -> {
          try {
            if (search.refresh()) {
              log.println("fenjie serve: now serving the re-built index (" + search.stats().rows() + " rows)");
            }
          } catch (Exception e) {
            // Keep serving the current index; the next tick tries again.
            log.println("fenjie serve: could not switch to the new index: " + e.getMessage());
          }
        },
        period.toMillis(),
        period.toMillis(),
        TimeUnit.MILLISECONDS);
    return new IndexWatch(timer);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
