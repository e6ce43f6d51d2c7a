package org.fenjie.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.fenjie.index.IndexBuilder;
import org.fenjie.model.CanonicalNames;
import org.fenjie.model.Leader;
import org.fenjie.model.ParsedDocument;
import org.fenjie.model.TaskRow;
import org.fenjie.search.LuceneTaskSearch;
import org.junit.jupiter.api.Test;

/**
 * The browser-facing surface under attack: task text carrying HTML and script comes back escaped
 * in highlights; admin is unreachable through CORS even with a token configured; a request body
 * over the limit is refused unread; a client that trickles its request or goes silent holds a
 * connection, never a worker, and is cut off by the idle timeout.
 */
class WebSurfaceTest {

  static final String TOKEN = "0123456789abcdef-test-token";
  static final String SCRIPT = "<script>alert('x')</script><img src=x onerror=alert(1)>";

  /** One row whose text and names are markup, indexed with the production builder. */
  private static LuceneTaskSearch hostileRows() throws Exception {
    Path dir = Fixtures.tempDir("fenjie-xss-index");
    TaskRow row = new TaskRow("xss-2026-breakdown-1", "石狮市", 2026, TaskRow.KIND_BREAKDOWN, "狮政〔2026〕1号",
        "<b>标题</b>", "2026-01-01", "xss.txt", List.of("一、<i>章节</i>"), "1",
        SCRIPT + "新建海外仓 3 个 & \"跨境\" 电商 > 50%", List.of("商务局<script>"), List.of(),
        List.of(new Leader("洪明<img>", "商务局<script>")), List.of("林国平\"'"));
    new IndexBuilder(dir, CanonicalNames.basic()).build(List.of(new ParsedDocument("xss.txt", List.of(row), List.of(), List.of())));
    return LuceneTaskSearch.open(dir);
  }

  @Test
  void markupInTaskTextComesBackEscapedInHighlights() throws Exception {
    try (LiveServer server = new LiveServer(hostileRows(), HttpConfig.defaults(Fixtures.emptyWeb()))) {
      for (String q : List.of("海外仓", "script", "alert", "onerror", "", "商务局")) {
        JsonObject r = LiveServer.json(server.get("/api/search?q=" + LiveServer.encode(q)));
        assertEquals(1, r.get("total").getAsInt(), q);
        String marked = r.getAsJsonArray("hits").get(0).getAsJsonObject().getAsJsonObject("highlight").get("task").getAsString();
        assertTrue(GeneratedHostileRequestsTest.SAFE_HIGHLIGHT.matcher(marked).matches(), marked);
        assertTrue(marked.contains("&lt;") && marked.contains("&amp;") && !marked.contains("<img"), marked);
      }
      HttpResponse<String> task = server.get("/api/tasks/xss-2026-breakdown-1");
      assertTrue(task.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
      assertEquals("nosniff", task.headers().firstValue("X-Content-Type-Options").orElse(null));
      assertTrue(task.headers().firstValue("Content-Security-Policy").orElse("").contains("sandbox"),
          "raw row text in JSON can never run, even if opened as a page");
    }
  }

  @Test
  void adminIsNeverReachableThroughCors() throws Exception {
    HttpConfig config = HttpConfig.defaults(Fixtures.emptyWeb()).withAdminToken(TOKEN);
    try (LiveServer server = new LiveServer(Fixtures.search(), config)) {
      HttpResponse<String> preflight =
          server.send(server.request("/admin/reload", "Origin", "https://example.org", "Access-Control-Request-Method", "POST",
                  "Access-Control-Request-Headers", "authorization")
              .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
      assertTrue(preflight.headers().map().keySet().stream().noneMatch(h -> h.toLowerCase().startsWith("access-control-")),
          preflight.headers().map().toString());
      // First the right token, so that a near miss on the same kept-alive connection would be
      // answered from Jetty's header cache if it matched values ignoring case.
      assertEquals(200, server.send(server.request("/admin/reload", "Authorization", "Bearer " + TOKEN)
          .POST(HttpRequest.BodyPublishers.noBody())).statusCode());
      for (String wrong : List.of("", "Bearer", "Bearer ", "Bearer " + TOKEN.substring(1), "Bearer " + TOKEN + "x",
          "Basic " + TOKEN, "Bearer " + TOKEN.toUpperCase(), "BEARER " + TOKEN.toUpperCase(), "Bearer  " + TOKEN)) {
        HttpResponse<String> r = server.send(server.request("/admin/reload", "Authorization", wrong.isEmpty() ? "x" : wrong)
            .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(401, r.statusCode(), wrong);
        assertTrue(r.body().contains("\"error\""), r.body());
      }
      for (String right : List.of("Bearer " + TOKEN, "bearer " + TOKEN)) {
        assertEquals(200, server.send(server.request("/admin/reload", "Authorization", right)
            .POST(HttpRequest.BodyPublishers.noBody())).statusCode(), "the scheme is case-insensitive (RFC 7235)");
      }
      assertTrue(server.get("/admin/reload").statusCode() >= 400, "GET does not reload");
      assertEquals(List.of("200", "401"), statusesOnOneConnection(server, "Bearer " + TOKEN, "Bearer " + TOKEN.toUpperCase()),
          "a near miss after the right token on one connection is still a near miss (Jetty's header cache)");
    }
  }

  /** Two admin requests written back to back on one kept-alive connection; their statuses. */
  private static List<String> statusesOnOneConnection(LiveServer server, String first, String second) throws Exception {
    int port = Integer.parseInt(server.base.substring(server.base.lastIndexOf(':') + 1));
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(10_000);
      String request = "POST /admin/reload HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: %s\r\nContent-Length: 0\r\n%s\r\n";
      s.getOutputStream().write((request.formatted(first, "") + request.formatted(second, "Connection: close\r\n"))
          .getBytes(StandardCharsets.US_ASCII));
      String answers = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      List<String> statuses = new ArrayList<>();
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("HTTP/1\\.1 (\\d{3})").matcher(answers);
      while (m.find()) {
        statuses.add(m.group(1));
      }
      return statuses;
    }
  }

  @Test
  void aBodyOverTheLimitIsRefusedUnread() throws Exception {
    HttpConfig config = HttpConfig.defaults(Fixtures.emptyWeb()).withAdminToken(TOKEN);
    try (LiveServer server = new LiveServer(Fixtures.search(), config)) {
      byte[] big = new byte[(int) config.maxBodyBytes() + 1];
      for (String path : List.of("/admin/reload", "/api/search")) {
        // Expect: 100-continue, as a client sending a large body should: the server answers from the
        // Content-Length alone, so the refusal is seen without a race against the body being sent
        // (otherwise the server's close after its 413 can reset the connection mid-upload).
        HttpResponse<String> r = server.send(server.request(path, "Authorization", "Bearer " + TOKEN)
            .expectContinue(true)
            .POST(HttpRequest.BodyPublishers.ofByteArray(big)));
        assertEquals(413, r.statusCode(), path + " " + r.body());
        assertTrue(r.body().contains("\"error\""), r.body());
      }
    }
  }

  @Test
  void aSilentOrTricklingClientHoldsNoWorkerAndASilentOneIsCutOff() throws Exception {
    Duration idle = Duration.ofSeconds(2);
    HttpConfig base = HttpConfig.defaults(Fixtures.emptyWeb());
    HttpConfig config = new HttpConfig(base.web(), null, List.of(), base.maxQueryChars(), base.maxHeaderBytes(),
        base.maxBodyBytes(), idle, null);
    try (LiveServer server = new LiveServer(Fixtures.search(), config)) {
      int port = Integer.parseInt(server.base.substring(server.base.lastIndexOf(':') + 1));
      // More slow connections than Jetty has worker threads (250 by default), each sending part of
      // its request line and headers, a byte at a time, slower than any real client.
      List<Socket> slow = new ArrayList<>();
      try {
        for (int i = 0; i < 300; i++) {
          Socket s = new Socket("127.0.0.1", port);
          s.getOutputStream().write("GET /api/search?q=%E6%B5%B7 HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
          slow.add(s);
        }
        long longest = 0;
        long lastByte = 0;
        for (int round = 0; round < 6; round++) {
          for (Socket s : slow) {
            trickle(s);
          }
          lastByte = System.nanoTime();
          long start = System.nanoTime();
          assertEquals(200, server.get("/api/search?q=" + LiveServer.encode("海外仓")).statusCode(), "served meanwhile");
          longest = Math.max(longest, (System.nanoTime() - start) / 1_000_000);
          Thread.sleep(idle.toMillis() / 3);
        }
        // A client that sent part of a request and then nothing is disconnected after the idle timeout.
        Socket silent = slow.get(slow.size() - 1);
        silent.setSoTimeout(30_000);
        assertTrue(closedByServer(silent.getInputStream()), "the server hung up on a silent client");
        long cutAfter = (System.nanoTime() - lastByte) / 1_000_000;
        System.out.printf("RELIABILITY slow clients: %d trickling connections, normal searches answered meanwhile "
            + "(slowest %d ms), a silent client cut off %d ms after its last byte (idle timeout %d ms)%n",
            slow.size(), longest, cutAfter, idle.toMillis());
        assertTrue(cutAfter < idle.toMillis() * 5, "cut off in " + cutAfter + " ms, idle timeout " + idle.toMillis());
      } finally {
        for (Socket s : slow) {
          s.close();
        }
      }
    }
  }

  private static void trickle(Socket s) {
    try {
      OutputStream out = s.getOutputStream();
      out.write('a');
      out.flush();
    } catch (java.io.IOException closed) {
      // Cut off already: that is allowed.
    }
  }

  /** True once the server closes the connection (end of stream, reset, or an error answer then close). */
  private static boolean closedByServer(InputStream in) throws java.io.IOException {
    try {
      while (in.read() >= 0) {
        // An error page before the close is fine.
      }
      return true;
    } catch (SocketException reset) {
      return true;
    } catch (SocketTimeoutException stillOpen) {
      return false;
    }
  }

  @Test
  void theGeneratedSuiteUsesTheSameSafetyRuleAsThisTest() {
    assertFalse(GeneratedHostileRequestsTest.SAFE_HIGHLIGHT.matcher("<mark>a</mark><b>").matches());
    assertTrue(GeneratedHostileRequestsTest.SAFE_HIGHLIGHT.matcher("&lt;b&gt;<mark>a</mark>").matches());
  }
}
