package org.fenjie.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fenjie.pipeline.SeedIndexing;
import org.fenjie.http.FenjieServer;
import org.fenjie.http.HttpConfig;
import org.fenjie.ingest.DocumentParser;
import org.fenjie.search.LuceneTaskSearch;

/**
 * A real fenjie server for the browser tests: a copy of seeds/ plus one test document whose task
 * text carries markup, indexed by the production seed indexer and served by the production app
 * over this checkout's web/ on a random 127.0.0.1 port.
 */
final class FenjieTestServer implements AutoCloseable {

  /** The test document (a resource); its first row holds the markup below. */
  static final String MARKUP_DOCUMENT = "900_markup_test.txt";
  static final String XSS_WORD = "防注入演练";
  static final String XSS_SCRIPT = "<script>window.__xss=1</script>";
  static final String XSS_IMAGE = "<img src=x onerror=window.__xss=2>";
  static final String XSS_UNIT = "防注入演练办";

  private final LuceneTaskSearch search;
  private final FenjieServer server;

  private FenjieTestServer(LuceneTaskSearch search, FenjieServer server) {
    this.search = search;
    this.server = server;
  }

  /** Copies the corpus under {@code dir}, indexes it completely, and starts serving. */
  static FenjieTestServer start(Path dir) throws IOException {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    for (Path seed : DocumentParser.documentsIn(Path.of("seeds"))) {
      Files.copy(seed, seeds.resolve(seed.getFileName()));
    }
    try (InputStream in = FenjieTestServer.class.getResourceAsStream("/web/" + MARKUP_DOCUMENT)) {
      Files.copy(in, seeds.resolve(MARKUP_DOCUMENT));
    }
    Path index = dir.resolve("index");
    SeedIndexing.Result built = SeedIndexing.build(seeds, index, SeedIndexing.Policy.LEAVE_OUT_REFUSED);
    if (!built.complete()) {
      throw new IllegalStateException("the test corpus did not index completely: " + built.unreadable() + " " + built.report());
    }
    LuceneTaskSearch search = LuceneTaskSearch.open(index);
    try {
      return new FenjieTestServer(search, FenjieServer.start(search, HttpConfig.defaults(Path.of("web")), "127.0.0.1", 0));
    } catch (IOException | RuntimeException e) {
      search.close();
      throw e;
    }
  }

  /** The base URL, ending in "/". */
  String url() {
    return server.url();
  }

  @Override
  public void close() throws IOException {
    try {
      server.close();
    } finally {
      search.close();
    }
  }
}
