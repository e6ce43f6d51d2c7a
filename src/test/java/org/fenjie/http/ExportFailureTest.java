package org.fenjie.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.fenjie.model.TaskRow;
import org.fenjie.search.FacetValue;
import org.fenjie.search.SearchRequest;
import org.fenjie.search.SearchResult;
import org.fenjie.search.SimilarTask;
import org.fenjie.search.Suggestion;
import org.fenjie.search.TaskSearch;
import org.junit.jupiter.api.Test;

/**
 * An export whose engine fails part-way never reaches the client as a complete-looking 200 CSV:
 * before the first bytes leave it is a JSON 500; after, the download is cut off and the client's
 * HTTP library reports the body as incomplete.
 */
class ExportFailureTest {

  @Test
  void aFailureAfterTheFirstBytesLeftCutsTheDownloadOff() throws Exception {
    try (LiveServer server = new LiveServer(new FailsAfter(20_000), HttpConfig.defaults(Fixtures.emptyWeb()))) {
      IOException cut = assertThrows(IOException.class, () -> server.getBytes("/api/export"));
      System.out.println("RELIABILITY export failing after 20000 rows: client saw " + cut);
      LiveServer.RawResponse raw = rawUntilClosed(server);
      assertTrue(raw.headers().startsWith("HTTP/1.1 200"), raw.headers());
      assertTrue(raw.headers().toLowerCase().contains("transfer-encoding: chunked"), raw.headers());
      assertFalse(raw.body().endsWith("\r\n0\r\n\r\n"), "the last chunk must never be sent");
      // Compressed the same way: gzip is the default for clients that ask for it.
      assertThrows(IOException.class, () -> server.getBytes("/api/export", "Accept-Encoding", "gzip"));
    }
  }

  @Test
  void aFailureBeforeAnythingLeftIsAJson500AndNotAFile() throws Exception {
    try (LiveServer server = new LiveServer(new FailsAfter(3), HttpConfig.defaults(Fixtures.emptyWeb()))) {
      HttpResponse<String> r = server.get("/api/export");
      assertEquals(500, r.statusCode(), r.body());
      assertEquals(ErrorResponses.INTERNAL, LiveServer.json(r).get("error").getAsString());
      assertTrue(LiveServer.isJsonUtf8(r.headers().firstValue("Content-Type").orElse("")));
      assertFalse(r.headers().firstValue("Content-Disposition").isPresent(), "a browser would save the error as a .csv");
    }
  }

  @Test
  void theSameExportWithoutAFailureIsComplete() throws Exception {
    try (LiveServer server = new LiveServer(new FailsAfter(Integer.MAX_VALUE), HttpConfig.defaults(Fixtures.emptyWeb()))) {
      HttpResponse<byte[]> r = server.getBytes("/api/export");
      assertEquals(200, r.statusCode());
      assertEquals(FailsAfter.ROWS, ExportTest.exportRows(r).size());
    }
  }

  /** The whole response as raw bytes, without de-chunking, read until the server closes. */
  private static LiveServer.RawResponse rawUntilClosed(LiveServer server) throws IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", Integer.parseInt(server.base.replaceAll(".*:", "")))) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write("GET /api/export HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes());
      byte[] all = socket.getInputStream().readAllBytes();
      String text = new String(all, java.nio.charset.StandardCharsets.ISO_8859_1);
      int split = text.indexOf("\r\n\r\n");
      return new LiveServer.RawResponse(200, text.substring(0, split), text.substring(split + 4));
    }
  }

  /**
   * The real engine over the seeds, except that export hands out the seed rows over and over, up
   * to {@link #ROWS}, and throws once {@code failAfter} rows are out — as an index read failing
   * mid-walk would.
   */
  private static final class FailsAfter implements TaskSearch {
    static final int ROWS = 30_000;
    private final TaskSearch real;
    private final int failAfter;

    FailsAfter(int failAfter) throws IOException {
      this.real = Fixtures.search();
      this.failAfter = failAfter;
    }

    @Override
    public void export(SearchRequest request, Consumer<TaskRow> sink) throws IOException {
      List<TaskRow> rows = new ArrayList<>();
      real.export(request, rows::add);
      for (int i = 0; i < ROWS; i++) {
        if (i == failAfter) {
          throw new UncheckedIOException(new IOException("read past EOF: _0.cfs"));
        }
        sink.accept(rows.get(i % rows.size()));
      }
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
      return real.search(request);
    }

    @Override
    public Optional<TaskRow> get(String id) throws IOException {
      return real.get(id);
    }

    @Override
    public List<SimilarTask> similar(String id, int count) throws IOException {
      return real.similar(id, count);
    }

    @Override
    public List<Suggestion> suggest(String prefix, int count) throws IOException {
      return real.suggest(prefix, count);
    }

    @Override
    public List<FacetValue> facetValues(String dimension, String prefix, SearchRequest request, int count)
        throws IOException {
      return real.facetValues(dimension, prefix, request, count);
    }

    @Override
    public boolean refresh() throws IOException {
      return real.refresh();
    }

    @Override
    public IndexStats stats() throws IOException {
      return real.stats();
    }

    @Override
    public void close() throws IOException {
      real.close();
    }
  }
}
