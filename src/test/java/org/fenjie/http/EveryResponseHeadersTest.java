package org.fenjie.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same security headers on every answer, on raw sockets: fenjie's own pages, API answers and
 * errors, and the errors Jetty answers before any route runs (a 20 kB request line, a broken
 * header, a bad Content-Length, an unsupported version). Every text type names its charset.
 */
class EveryResponseHeadersTest {

  private static final String HOST = "Host: 127.0.0.1\r\nConnection: close\r\n";
  private static LiveServer server;
  private static int port;

  @BeforeAll
  static void start() throws IOException {
    Path web = Fixtures.emptyWeb();
    Files.writeString(web.resolve("index.html"), "<!doctype html><title>分解</title>", StandardCharsets.UTF_8);
    Files.writeString(web.resolve("widget.js"), "/* 分解 */", StandardCharsets.UTF_8);
    Files.writeString(web.resolve("app.css"), "/* 分解 */", StandardCharsets.UTF_8);
    Files.writeString(web.resolve("embed.html"), "<p>分解</p>", StandardCharsets.UTF_8);
    Files.writeString(web.resolve("icon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'><title>分解</title></svg>", StandardCharsets.UTF_8);
    Files.writeString(web.resolve("notes.txt"), "分解", StandardCharsets.UTF_8);
    Files.writeString(web.resolve("data.json"), "{\"分\":1}", StandardCharsets.UTF_8);
    server = new LiveServer(Fixtures.search(), HttpConfig.defaults(web));
    port = Integer.parseInt(server.base.substring(server.base.lastIndexOf(':') + 1));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** Requests that reach fenjie's routes, static files and error mapping. */
  static final Map<String, String> ROUTED =
      Map.ofEntries(
          Map.entry("page", "GET / HTTP/1.1\r\n" + HOST + "\r\n"),
          Map.entry("search", "GET /api/search?q=%E6%B5%B7%E5%A4%96%E4%BB%93 HTTP/1.1\r\n" + HOST + "\r\n"),
          Map.entry("400", "GET /api/search?size=0 HTTP/1.1\r\n" + HOST + "\r\n"),
          Map.entry("404 api", "GET /api/nothing HTTP/1.1\r\n" + HOST + "\r\n"),
          Map.entry("404 file", "GET /nothing.html HTTP/1.1\r\n" + HOST + "\r\n"),
          Map.entry("405", "DELETE /api/search HTTP/1.1\r\n" + HOST + "\r\n"),
          Map.entry("413", "POST /api/search HTTP/1.1\r\n" + HOST + "Content-Length: 70000\r\n\r\n"),
          Map.entry("health", "GET /health HTTP/1.1\r\n" + HOST + "\r\n"),
          Map.entry("export", "GET /api/export?q=x HTTP/1.1\r\n" + HOST + "\r\n"),
          Map.entry("widget", "GET /widget.js HTTP/1.1\r\n" + HOST + "\r\n"),
          Map.entry("css", "GET /app.css HTTP/1.1\r\n" + HOST + "\r\n"),
          Map.entry("svg", "GET /icon.svg HTTP/1.1\r\n" + HOST + "\r\n"),
          Map.entry("txt", "GET /notes.txt HTTP/1.1\r\n" + HOST + "\r\n"),
          Map.entry("json file", "GET /data.json HTTP/1.1\r\n" + HOST + "\r\n"),
          Map.entry("head", "HEAD / HTTP/1.1\r\n" + HOST + "\r\n"));

  /** Requests Jetty refuses itself, before a handler runs. */
  static final Map<String, String> REFUSED_BY_JETTY =
      Map.ofEntries(
          Map.entry("414 (20 kB URI)", "GET /api/search?q=" + "a".repeat(20_000) + " HTTP/1.1\r\n" + HOST + "\r\n"),
          Map.entry("431 (20 kB header)", "GET / HTTP/1.1\r\n" + HOST + "X-Pad: " + "x".repeat(20_000) + "\r\n\r\n"),
          Map.entry("400 header without colon", "GET / HTTP/1.1\r\n" + HOST + "NoColonHere\r\n\r\n"),
          Map.entry("400 bad Content-Length", "POST /api/search HTTP/1.1\r\n" + HOST + "Content-Length: abc\r\n\r\n"),
          Map.entry("400 two Content-Lengths", "POST /api/search HTTP/1.1\r\n" + HOST + "Content-Length: 1\r\nContent-Length: 2\r\n\r\nab"),
          Map.entry("400 bad chunk", "POST /api/search HTTP/1.1\r\n" + HOST + "Transfer-Encoding: chunked\r\n\r\nzz\r\n"),
          Map.entry("400 no Host", "GET / HTTP/1.1\r\nConnection: close\r\n\r\n"),
          Map.entry("400 two Hosts", "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n"),
          Map.entry("400 control character in target", "GET /api/search?q=\u0001 HTTP/1.1\r\n" + HOST + "\r\n"),
          Map.entry("505 HTTP/3.0", "GET / HTTP/3.0\r\n" + HOST + "\r\n"));

  @Test
  void everyAnswerCarriesTheSameSecurityHeaders() throws Exception {
    List<String> missing = new ArrayList<>();
    for (Map<String, String> set : List.of(ROUTED, REFUSED_BY_JETTY)) {
      for (Map.Entry<String, String> e : set.entrySet()) {
        RawHttp.Answer a = RawHttp.exchange(port, e.getValue().getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(a.status() >= 200, e.getKey() + ": no answer at all: " + a.body());
        for (String name : List.of("Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy")) {
          if (name.equals("X-Frame-Options") && (e.getKey().equals("widget"))) {
            continue; // embeddable anywhere: frame-ancestors * in its CSP instead
          }
          if (header(a, name).isEmpty()) {
            missing.add(e.getKey() + " (" + a.status() + "): " + name);
          }
        }
      }
    }
    System.out.println("RELIABILITY security headers: " + (ROUTED.size() + REFUSED_BY_JETTY.size())
        + " kinds of answer on raw sockets (" + REFUSED_BY_JETTY.size() + " refused by Jetty before routing), "
        + missing.size() + " missing a header");
    assertEquals(List.of(), missing);
  }

  @Test
  void jettysOwnRefusalsAreJsonWithTheDataPolicy() throws Exception {
    for (Map.Entry<String, String> e : REFUSED_BY_JETTY.entrySet()) {
      RawHttp.Answer a = RawHttp.exchange(port, e.getValue().getBytes(StandardCharsets.ISO_8859_1));
      assertTrue(a.status() >= 400, e.getKey() + " " + a.status());
      assertEquals(Optional.of(SecurityHeaders.DATA_POLICY), header(a, "Content-Security-Policy"), e.getKey());
      assertEquals(Optional.of("DENY"), header(a, "X-Frame-Options"), e.getKey());
      assertEquals(Optional.of("nosniff"), header(a, "X-Content-Type-Options"), e.getKey());
      assertEquals(Optional.of("no-referrer"), header(a, "Referrer-Policy"), e.getKey());
      if (a.status() == 414 || a.status() == 431) {
        assertTrue(LiveServer.isJsonUtf8(header(a, "Content-Type").orElse("")), e.getKey());
        assertTrue(a.body().contains("\"error\""), a.body());
      }
    }
  }

  @Test
  void everyTextTypeNamesItsCharset() throws Exception {
    Map<String, String> expected =
        Map.of(
            "page", "text/html;charset=utf-8",
            "widget", "text/javascript;charset=utf-8",
            "css", "text/css;charset=utf-8",
            "svg", "image/svg+xml;charset=utf-8",
            "txt", "text/plain;charset=utf-8",
            "json file", "application/json;charset=utf-8",
            "search", "application/json;charset=utf-8",
            "export", "text/csv;charset=utf-8",
            "404 file", "application/json;charset=utf-8");
    for (Map.Entry<String, String> e : expected.entrySet()) {
      RawHttp.Answer a = RawHttp.exchange(port, ROUTED.get(e.getKey()).getBytes(StandardCharsets.ISO_8859_1));
      String type = header(a, "Content-Type").orElse("(none)").replace(" ", "").toLowerCase(Locale.ROOT);
      assertEquals(e.getValue(), type, e.getKey());
    }
  }

  private static Optional<String> header(RawHttp.Answer a, String name) {
    String prefix = name.toLowerCase(Locale.ROOT) + ":";
    return a.headers().lines()
        .filter(l -> l.toLowerCase(Locale.ROOT).startsWith(prefix))
        .map(l -> l.substring(prefix.length()).strip())
        .findFirst();
  }
}
