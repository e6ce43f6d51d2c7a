package org.fenjie.http;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.fenjie.search.HostileQueries;

/**
 * Everything around the query text that a client can get wrong or abuse: page and size far out
 * of range or not numbers, parameters repeated or unknown, filters with hostile values, forged
 * cursors; and, as raw bytes, broken percent escapes, byte sequences that are not UTF-8 and
 * request lines no HTTP client library would send.
 */
final class HostileParameters {

  static final List<String> NUMBERS =
      List.of("1", "2", "0", "-1", "-2147483648", "2147483647", "2147483648", "99999999999999999999", "1e3", "0x10",
          "1.5", " 1", "1 ", "+1", "01", "", "%EF%BC%92", "NaN", "Infinity", "%00", "1%00", "٣", "100", "101", "10000");
  static final List<String> NAMES =
      List.of("page", "size", "sort", "cursor", "region", "year", "kind", "unit", "leader", "q", "prefix", "foo",
          "__proto__", "constructor", "q[]", "page[0]", "%71", "Q", "SIZE", "callback", "format", "fields", "debug");

  private HostileParameters() {}

  /** A few extra parameters ("&name=value…"), some valid, most not, some repeated. */
  static String extra(Random random) {
    StringBuilder b = new StringBuilder();
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      String name = NAMES.get(random.nextInt(NAMES.size()));
      String value =
          switch (name) {
            case "page", "size", "year" -> NUMBERS.get(random.nextInt(NUMBERS.size()));
            case "sort" -> List.of("relevance", "doc", "DOC", "date", "", "%00", "score desc").get(random.nextInt(7));
            case "cursor" -> List.of("", "AQ", "x", "%00", "AQAAAAAAAAAAAA", "A".repeat(2_000)).get(random.nextInt(6));
            default -> URLEncoder.encode(
                HostileQueries.generated(random.nextLong(), 1).get(0), StandardCharsets.UTF_8);
          };
      value = value.replace(" ", "%20");
      int times = random.nextInt(8) == 0 ? 2 + random.nextInt(60) : 1;
      for (int t = 0; t < times; t++) {
        b.append('&').append(name).append('=').append(value);
      }
    }
    return b.toString();
  }

  /** Parameter strings picked by hand: the extremes of paging, repetition and filters. */
  static List<String> handPicked() {
    List<String> out = new ArrayList<>();
    for (String n : NUMBERS) {
      out.add("page=" + n);
      out.add("size=" + n);
      out.add("page=" + n + "&size=" + n);
    }
    out.addAll(List.of("page=100&size=100", "page=101&size=100", "page=10000&size=1", "page=1&page=1", "size=1&size=2",
        "q=a&q=a", "sort=doc&sort=doc", "cursor=a&cursor=b", "cursor=AQ&page=1", "unit=" + "x&unit=".repeat(50) + "x",
        "unit=" + "x&unit=".repeat(51) + "x", "leader=" + "陈".repeat(201), "region=&region=&region=", "year=0000",
        "year=99999", "year=2026&year=2025&year=1900", "kind=%E8%B4%A3", "&&&&", "=", "==", "&=&", "q", "q=", "%=%",
        "a=" + "b".repeat(10_000), "x".repeat(15_000), "foo=1&".repeat(500)));
    return out;
  }

  /** A query string ("?…") with broken escapes or raw bytes that are not UTF-8. */
  static byte[] brokenQuery(Random random) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(List.of("?q=", "?prefix=", "?unit=", "?", "?q=%E6%B5%B7&page=").get(random.nextInt(5)).getBytes(StandardCharsets.US_ASCII));
    int parts = 1 + random.nextInt(4);
    for (int i = 0; i < parts; i++) {
      switch (random.nextInt(6)) {
        case 0 -> b.writeBytes(List.of("%", "%2", "%G1", "%zz", "%%", "%-1", "%+0", "%\u00e4").get(random.nextInt(8)).getBytes(StandardCharsets.UTF_8));
        case 1 -> b.writeBytes(String.format("%%%02X", 0x80 + random.nextInt(0x80)).getBytes(StandardCharsets.US_ASCII));
        case 2 -> b.writeBytes(List.of("%E6%B5", "%C0%80", "%ED%A0%80", "%F4%90%80%80", "%F8%88%80%80%80", "%FE%FF", "%C3")
            .get(random.nextInt(7)).getBytes(StandardCharsets.US_ASCII));
        case 3 -> b.write(0x80 + random.nextInt(0x80)); // a raw byte that is not UTF-8 on its own
        case 4 -> b.writeBytes("海外仓".getBytes(StandardCharsets.UTF_8)); // raw UTF-8, unescaped
        default -> b.writeBytes("%E6%B5%B7abc".getBytes(StandardCharsets.US_ASCII));
      }
    }
    return b.toByteArray();
  }

  /** Whole requests with request lines a client library refuses to write. */
  static List<String> brokenRequestLines() {
    String end = "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    List<String> out = new ArrayList<>();
    for (String target :
        List.of("/api/search?q=a b", "/api/search?q=\u0001", "/api/search?q=\u0000", "/api/search?q=\t", "/api/search?q=\u007f",
            "/api/search?q=<script>", "/api/search?q=\"", "/api/search?q={}", "/api/search?q=|^`\\", "/api/search#frag",
            "/api/search?q=%", "*", "api/search", "//api/search", "/api/../health", "/api/./search", "/api/search/..%2F..%2Fetc",
            "/api/tasks/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", "/api/tasks/..%5C..", "/api/facets/%00", "/%00", "/web/../pom.xml",
            "http://127.0.0.1/api/search?q=x", "http://evil.example/api/search", "/api/search?" + "q=x&".repeat(4_000))) {
      out.add("GET " + target + " HTTP/1.1" + end);
    }
    out.addAll(List.of(
        "GET /api/search HTTP/9.9" + end, "GET /api/search HTTP/1" + end, "GET /api/search" + end,
        "get /api/search HTTP/1.1" + end, "BREW /api/search HTTP/1.1" + end, "G\u00c9T /api/search HTTP/1.1" + end,
        "GET  /api/search  HTTP/1.1" + end, "GET /api/search HTTP/1.1\r\n\r\n", "GET /api/search HTTP/1.1\nHost: x\n\n",
        "GET /api/search HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: other\r\n\r\n", "\r\n\r\nGET /health HTTP/1.1" + end,
        "GET /api/search HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -1\r\nConnection: close\r\n\r\n",
        "GET /api/search HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n",
        "GET /api/search HTTP/1.1\r\nHost: 127.0.0.1\r\nX: \u00ff\u00fe\r\nConnection: close\r\n\r\n",
        "GET /api/search HTTP/1.1\r\nHost: 127.0.0.1\r\n" + "X-A: b\r\n".repeat(3_000) + "\r\n",
        "GET /api/search HTTP/1.1\r\nHost: 127.0.0.1\r\nNo colon here\r\nConnection: close\r\n\r\n",
        "POST /api/search HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc",
        "DELETE /api/tasks/x HTTP/1.1" + end, "OPTIONS * HTTP/1.1" + end, "TRACE / HTTP/1.1" + end, "CONNECT 127.0.0.1:1 HTTP/1.1" + end,
        "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", "\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003"));
    return out;
  }
}
