package org.fenjie.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.fenjie.pipeline.SeedIndexing;
import org.fenjie.http.FenjieServer;
import org.fenjie.http.HttpConfig;
import org.fenjie.index.IndexInfo;
import org.fenjie.search.LuceneTaskSearch;
import org.fenjie.search.TaskSearch;

/**
 * `fenjie serve`: builds index/ from seeds/ when it is missing or stale, serves the API and the
 * page, switches to a re-built index by itself, prints one line with the URL, and on Ctrl-C stops
 * the server and closes the index.
 */
public final class ServeCommand implements Command {
  @Override
  public String name() {
    return "serve";
  }

  @Override
  public String summary() {
    return "serve the search API and page on http://127.0.0.1:7070";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    if (args.contains("--help") || args.contains("-h")) {
      out.print(ServeOptions.USAGE);
      return 0;
    }
    ServeOptions options = ServeOptions.parse(args, System.getenv());
    String problem = missingPath(options);
    if (problem != null) {
      err.println("fenjie serve: " + problem);
      return 1;
    }
    HttpConfig config = httpConfig(options);
    buildIfStale(options, err);
    TaskSearch search;
    try {
      search = LuceneTaskSearch.open(options.index());
    } catch (IOException e) {
      err.println("fenjie serve: " + cannotOpen(options, e));
      return 1;
    }
    FenjieServer server;
    try {
      server = FenjieServer.start(search, config, options.host(), options.port());
    } catch (BindException e) {
      search.close();
      err.println("fenjie serve: " + e.getMessage());
      return 1;
    }
    IndexWatch watch = IndexWatch.start(search, IndexWatch.DEFAULT_PERIOD, err);
    out.println("fenjie: serving " + server.url() + " (Ctrl-C stops)");
    awaitShutdown(watch, server, search, err);
    return 0;
  }

  private static void buildIfStale(ServeOptions o, PrintStream err) throws IOException {
    if (Files.isDirectory(o.seeds()) && SeedIndexing.isStale(o.seeds(), o.index())) {
      err.println("fenjie serve: the index is missing or older than " + o.seeds() + "; building it ...");
      // Serving the documents that read beats serving none; each refused one is named.
      SeedIndexing.Result result = SeedIndexing.build(o.seeds(), o.index(), SeedIndexing.Policy.LEAVE_OUT_REFUSED);
      if (!result.swapped()) {
        throw new IOException(result.refusal() + " in " + o.seeds() + ": " + result.unreadable());
      }
      result.unreadable().forEach(u -> err.println("fenjie serve: REFUSED " + u));
      err.println("fenjie serve: indexed " + result.report().rows() + " rows from " + result.report().documents().size()
          + " documents" + (result.unreadable().isEmpty() ? "" : "; " + result.unreadable().size() + " could not be read"));
    }
  }

  /** The first path that must exist and does not, with the fix; null when all are there. */
  static String missingPath(ServeOptions o) {
    if (!Files.isDirectory(o.web())) {
      return "web directory '" + o.web().toAbsolutePath() + "' not found: run from the fenjie checkout or pass --web DIR (FENJIE_WEB)";
    }
    if (!Files.isDirectory(o.seeds()) && !hasIndex(o.index())) {
      return "no index at '" + o.index().toAbsolutePath() + "' and no seeds directory '" + o.seeds().toAbsolutePath()
          + "' to build one from: pass --seeds DIR (FENJIE_SEEDS) or --index DIR (FENJIE_INDEX)";
    }
    return null;
  }

  /** Whether something was built there; an unreadable index counts, so that opening it reports why. */
  private static boolean hasIndex(Path index) {
    try {
      return IndexInfo.read(index).isPresent();
    } catch (IOException e) {
      return true;
    }
  }

  private static String cannotOpen(ServeOptions o, IOException e) {
    return "cannot open the index at '" + o.index().toAbsolutePath() + "': " + e.getMessage()
        + "; delete it and run serve again to rebuild it from the seeds, or point --index at another one";
  }

  static HttpConfig httpConfig(ServeOptions o) {
    try {
      return HttpConfig.defaults(o.web()).withAdminToken(o.adminToken()).withCorsOrigins(o.corsOrigins());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** Blocks until Ctrl-C (or any JVM shutdown), then stops the server before closing the index. */
  private static void awaitShutdown(IndexWatch watch, FenjieServer server, TaskSearch search, PrintStream err)
      throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  watch.close();
                  server.close();
                  try {
                    search.close();
                  } catch (IOException e) {
                    err.println("fenjie serve: closing the index: " + e.getMessage());
                  }
                  err.println("fenjie serve: stopped");
                  stopped.countDown();
                },
                "fenjie-shutdown"));
    stopped.await();
  }
}
