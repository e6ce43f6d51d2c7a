package org.fenjie.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import org.fenjie.search.BadQueryException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every refusal is a JSON error that names the problem; the unexpected is a 500 that reveals nothing. */
class ErrorResponsesTest {

  static FakeTaskSearch search;
  static LiveServer server;

  @BeforeAll
  static void start() throws IOException {
    search = new FakeTaskSearch(FakeTaskSearch.fixtureRows());
    server = new LiveServer(search, HttpConfig.defaults(Fixtures.emptyWeb()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @AfterEach
  void heal() {
    search.failWith(null);
  }

  static String error(HttpResponse<String> r) {
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
    return LiveServer.json(r).get("error").getAsString();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/search?size=0                 | 'size' must be from 1 to 100",
        "/api/search?size=10000             | 'size' must be from 1 to 100",
        "/api/search?size=ten               | 'size' must be a whole number",
        "/api/search?page=-1                | 'page' must be from 1",
        "/api/search?page=0                 | 'page' must be from 1",
        "/api/search?page=1.5               | 'page' must be a whole number",
        "/api/search?page=101&size=100      | goes past row 10000",
        "/api/search?sort=date              | 'sort' must be 'relevance' or 'doc', not 'date'",
        "/api/search?year=abc               | 'year' must be a four-digit year like 2026, not 'abc'",
        "/api/search?year=20261             | 'year' must be a four-digit year",
        "/api/search?q=a&q=b                | parameter 'q' is given 2 times",
        "/api/search?q=%zz                  | malformed percent escape",
        "/api/search?q=%E6%B5               | not valid UTF-8",
        "/api/search?q=%FF%FE               | not valid UTF-8",
        "/api/facets/department             | unknown facet 'department'; use one of region, year, kind, unit, leader",
        "/api/facets/unit?size=0            | 'size' must be from 1 to 1000",
        "/api/suggest?q=%C0%AF              | not valid UTF-8",
        "/api/export?sort=random            | 'sort' must be 'relevance' or 'doc'",
        "/api/export?year=二〇二六           | 'year' must be a four-digit year",
      })
  void badParametersAre400WithAMessageNamingTheProblem(String path, String message) throws Exception {
    LiveServer.RawResponse r = server.raw(path);
    assertEquals(400, r.status(), r.body());
    assertTrue(r.headers().contains("Content-Type: application/json"), r.headers());
    String error = com.google.gson.JsonParser.parseString(r.body()).getAsJsonObject().get("error").getAsString();
    assertTrue(error.contains(message), error);
  }

  @Test
  void anOverLongQueryIsRefusedWithItsLength() throws Exception {
    HttpResponse<String> r = server.get("/api/search?q=" + LiveServer.encode("仓".repeat(501)));
    assertEquals(400, r.statusCode());
    assertEquals("'q' is 501 characters long; at most 500 are allowed", error(r));
    assertEquals(200, server.get("/api/search?q=" + LiveServer.encode("仓".repeat(500))).statusCode());
  }

  @Test
  void anEngineRefusalIs400WithTheEngineMessage() throws Exception {
    search.failWith(new BadQueryException("查询语法有误：未闭合的括号"));
    HttpResponse<String> r = server.get("/api/search?q=x");
    assertEquals(400, r.statusCode());
    assertEquals("查询语法有误：未闭合的括号", error(r));
  }

  @Test
  void anUnknownTaskIs404NamingTheId() throws Exception {
    HttpResponse<String> r = server.get("/api/tasks/jinjiang-2026-breakdown-9999");
    assertEquals(404, r.statusCode());
    assertEquals("no task with id 'jinjiang-2026-breakdown-9999'", error(r));
    assertEquals(404, server.get("/api/tasks/" + LiveServer.encode("<script>")).statusCode());
  }

  @Test
  void anUnknownPathIs404Json() throws Exception {
    HttpResponse<String> r = server.get("/api/nothing-here");
    assertEquals(404, r.statusCode());
    assertFalse(error(r).isBlank());
  }

  @Test
  void anUnexpectedFailureIsA500ThatHidesTheDetails() throws Exception {
    search.failWith(new IllegalStateException("index file _3.cfs is corrupt at /srv/secret/path"));
    for (String path : new String[] {"/api/search?q=x", "/api/tasks/jinjiang-2026-breakdown-1", "/api/export", "/health"}) {
      HttpResponse<String> r = server.get(path);
      assertEquals(500, r.statusCode(), path);
      assertEquals(ErrorResponses.INTERNAL, error(r));
      assertFalse(r.body().contains("secret") || r.body().contains("Exception"), r.body());
    }
  }

  @Test
  void anOverLongRequestLineOrHeaderIsRefusedByTheServerWithJson() throws Exception {
    HttpResponse<String> longLine = server.get("/api/search?q=" + LiveServer.encode("仓".repeat(5_000)));
    assertEquals(414, longLine.statusCode());
    assertTrue(error(longLine).contains("at most 16384 bytes"), longLine.body());
    HttpResponse<String> longHeader = server.get("/api/search", "X-Padding", "x".repeat(20_000));
    assertEquals(431, longHeader.statusCode());
    assertTrue(error(longHeader).contains("at most 16384 bytes"), longHeader.body());
  }
}
