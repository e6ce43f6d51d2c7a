package org.fenjie.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Whatever the internet sends — query syntax, broken encodings, control characters, absurd
 * numbers — each endpoint answers 200 with a sane body or a 4xx JSON error, never a 500.
 */
class HostileInputTest extends ServerTestBase {

  /** Query texts, sent percent-encoded. */
  static final List<String> TEXTS =
      List.of(
          "AND", "OR", "NOT", "海外仓 AND", "OR 海外仓", "NOT 海外仓", "+", "-", "--", "- -海外仓", "&&", "||", "!",
          "(", ")", "(海外仓", "海外仓)", "{", "}", "[", "]", "[1 TO", "{* TO *}", "^", "海外仓^100", "海外仓^-1",
          "\"", "\"海外仓", "海外仓\"", "\"\"", "\"\"\"", "~", "海外仓~2", "海外仓~", "*", "?", "*仓", "?仓", "*:*",
          "task:海外仓", "region:晋江市", ":", "\\", "\\\\", "海外仓\\", "/", "/.*/", "/[a-z]+/", "a/b",
          "\u0000", "海外\u0000仓", "\u0001\u0002\u001f", "\t\r\n", "\u007f", "\u200b\u200d\ufeff", "\u202e仓外海",
          "😀", "海外仓😀🇨🇳", "👨‍👩‍👧", "مرحبا بالعالم", "שלום", "海外仓abc١٢٣", "e\u0301\u0301\u0301", "ｆｕｌｌ　ｗｉｄｔｈ",
          "<script>alert(1)</script>", "<mark>海外仓</mark>", "&lt;", "' OR '1'='1", "${jndi:ldap://x}", "%s%n",
          "a".repeat(500), "仓".repeat(500), "a".repeat(501), "a ".repeat(250), "\"a\" ".repeat(120),
          "x".repeat(10_000), "海外仓 ".repeat(100), "-".repeat(400), "(".repeat(400), "*".repeat(400));

  /** Query strings sent byte for byte: broken escapes and byte sequences that are not UTF-8. */
  static final List<String> RAW_QUERIES =
      List.of(
          "q=%", "q=%2", "q=%zz", "q=%%", "q=%E6%B5", "q=%FF", "q=%C0%80", "q=%ED%A0%80", "q=%F4%90%80%80",
          "q=%00", "q=%EF%BB%BF", "q=海外仓", "q=海外仓%", "%=x", "=x", "&&&", "q", "q&q", "q=a&q=b",
          "page=99999999999", "page=2147483648", "page=-2147483649", "size=-5", "size=1e3", "page=0x10",
          "page=%EF%BC%92", "size=%20", "page=1&page=2", "sort=", "sort=DOC", "sort=%00", "foo=bar",
          "year=-2026", "year=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%96", "year=2026&year=abc", "region=",
          "unit=%3Cscript%3E", "leader=" + "%E9%99%88".repeat(300), "unit=" + "x&unit=".repeat(60) + "x",
          "kind=%E8%B4%A3%E4%BB%BB%E5%88%86%E8%A7%A3&kind=%E4%BA%89%E5%85%88%E8%BF%9B%E4%BD%8D");

  static final List<String> ENDPOINTS =
      List.of("/api/search?", "/api/suggest?", "/api/facets/unit?", "/api/export?", "/health?");

  @Test
  void noHostileInputReachesTheErrorHandler() throws Exception {
    List<String> failures = new ArrayList<>();
    int requests = 0;
    for (String endpoint : ENDPOINTS) {
      List<String> queries = new ArrayList<>(RAW_QUERIES);
      for (String text : TEXTS) {
        queries.add("q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        if (endpoint.startsWith("/api/facets")) {
          queries.add("prefix=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        }
      }
      for (String query : queries) {
        String target = endpoint + query;
        LiveServer.RawResponse r = server.raw(target);
        requests++;
        String problem = problem(r, endpoint.startsWith("/api/export") && r.status() == 200);
        if (problem != null) {
          failures.add(r.status() + " " + target.substring(0, Math.min(120, target.length())) + ": " + problem);
        }
      }
    }
    for (String text : TEXTS) {
      LiveServer.RawResponse r = server.raw("/api/tasks/" + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20"));
      requests++;
      String problem = problem(r, false);
      if (problem != null) {
        failures.add(r.status() + " /api/tasks/" + text + ": " + problem);
      }
    }
    assertTrue(requests > 700, "requests: " + requests);
    assertEquals(List.of(), failures);
  }

  /** Null when the answer is acceptable, else what is wrong with it. */
  private static String problem(LiveServer.RawResponse r, boolean csv) {
    if (!Set.of(200, 400, 404, 414).contains(r.status())) {
      return "status";
    }
    if (csv) {
      return r.body().startsWith("\uFEFF地区,") ? null : "not CSV";
    }
    try {
      JsonObject body = JsonParser.parseString(r.body()).getAsJsonObject();
      return r.status() == 200 || body.has("error") ? null : "no error message";
    } catch (RuntimeException e) {
      return "not JSON: " + r.body().substring(0, Math.min(80, r.body().length()));
    }
  }

  @Test
  void markupInTheQueryNeverComesBackAsMarkup() throws Exception {
    JsonObject r = LiveServer.json(server.get("/api/search?q=" + LiveServer.encode("<script>alert(1)</script> 海外仓")));
    for (JsonElement hit : r.getAsJsonArray("hits")) {
      String highlight = hit.getAsJsonObject().getAsJsonObject("highlight").get("task").getAsString();
      assertFalse(highlight.contains("<script"), highlight);
    }
  }
}
