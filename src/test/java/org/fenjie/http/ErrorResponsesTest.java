package org.fenjie.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import org.fenjie.search.BadQueryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every refusal is a JSON error that names the problem; the unexpected is a 500 that reveals nothing. */
class ErrorResponsesTest extends ServerTestBase {

  static LiveServer failing(RuntimeException failure) throws IOException {
    return new LiveServer(new FailingTaskSearch(failure), HttpConfig.defaults(Fixtures.emptyWeb()));
  }

  static String error(HttpResponse<String> r) {
    assertTrue(LiveServer.isJsonUtf8(r.headers().firstValue("Content-Type").orElse("")), r.headers().toString());
    return LiveServer.json(r).get("error").getAsString();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/search?size=0                 | 参数 size 应在 1 到 100 之间，收到 0",
        "/api/search?size=10000             | 参数 size 应在 1 到 100 之间，收到 10000",
        "/api/search?size=ten               | 参数 size 应为 1 到 100 的整数，收到 'ten'",
        "/api/search?page=-1                | 参数 page 应在 1 到 10000 之间，收到 -1",
        "/api/search?page=0                 | 参数 page 应在 1 到 10000 之间",
        "/api/search?page=1.5               | 参数 page 应为 1 到 10000 的整数",
        "/api/search?page=101&size=100      | 超出了第 10000 条",
        "/api/search?sort=date              | 参数 sort 只能是 relevance、doc 或 deadline，收到 'date'",
        "/api/search?year=abc               | 参数 year 应为四位年份，如 2026，收到 'abc'",
        "/api/search?year=20261             | 参数 year 应为四位年份",
        "/api/search?q=a&q=b                | 参数 q 出现了 2 次，只能给一次",
        "/api/search?q=%zz                  | 百分号编码有误：'%zz'",
        "/api/search?q=%E6%B5               | 不是有效的 UTF-8",
        "/api/search?q=%FF%FE               | 不是有效的 UTF-8",
        "/api/facets/department             | 未知的筛选项 'department'；可用：region, year, kind, unit, leader",
        "/api/facets/unit?size=0            | 参数 size 应在 1 到 1000 之间",
        "/api/suggest?q=%C0%AF              | 不是有效的 UTF-8",
        "/api/export?sort=random            | 参数 sort 只能是 relevance、doc 或 deadline",
        "/api/export?year=二〇二六           | 参数 year 应为四位年份",
      })
  void badParametersAre400WithAMessageNamingTheProblem(String path, String message) throws Exception {
    LiveServer.RawResponse r = server.raw(path);
    assertEquals(400, r.status(), r.body());
    assertTrue(r.headers().lines().anyMatch(h -> h.startsWith("Content-Type: ") && LiveServer.isJsonUtf8(h.substring(14))), r.headers());
    String error = com.google.gson.JsonParser.parseString(r.body()).getAsJsonObject().get("error").getAsString();
    assertTrue(error.contains(message), error);
  }

  @Test
  void anOverLongQueryIsRefusedWithItsLength() throws Exception {
    HttpResponse<String> r = server.get("/api/search?q=" + LiveServer.encode("仓".repeat(201)));
    assertEquals(400, r.statusCode());
    assertEquals("参数 q 太长：201 个字符，最多 200 个", error(r));
    assertEquals(200, server.get("/api/search?q=" + LiveServer.encode("仓".repeat(200))).statusCode());
  }

  @Test
  void anEngineRefusalIs400WithTheEngineMessage() throws Exception {
    try (LiveServer refusing = failing(new BadQueryException("查询语法有误：未闭合的括号"))) {
      HttpResponse<String> r = refusing.get("/api/search?q=x");
      assertEquals(400, r.statusCode());
      assertEquals("查询语法有误：未闭合的括号", error(r));
    }
  }

  @Test
  void anUnknownTaskIs404NamingTheId() throws Exception {
    HttpResponse<String> r = server.get("/api/tasks/jinjiang-2026-breakdown-9999");
    assertEquals(404, r.statusCode());
    assertEquals("找不到任务 'jinjiang-2026-breakdown-9999'", error(r));
    assertEquals(404, server.get("/api/tasks/" + LiveServer.encode("<script>")).statusCode());
  }

  @Test
  void anUnknownPathIs404Json() throws Exception {
    HttpResponse<String> r = server.get("/api/nothing-here");
    assertEquals(404, r.statusCode());
    assertEquals("没有这个地址：GET /api/nothing-here", error(r));
  }

  @Test
  void anUnexpectedFailureIsA500ThatHidesTheDetails() throws Exception {
    try (LiveServer broken = failing(new IllegalStateException("index file _3.cfs is corrupt at /srv/secret/path"))) {
      for (String path : new String[] {"/api/search?q=x", "/api/tasks/jinjiang-2026-breakdown-1", "/api/export", "/health"}) {
        HttpResponse<String> r = broken.get(path);
        assertEquals(500, r.statusCode(), path);
        assertEquals(ErrorResponses.INTERNAL, error(r));
        assertFalse(r.body().contains("secret") || r.body().contains("Exception"), r.body());
      }
    }
  }

  @Test
  void anOverLongRequestLineOrHeaderIsRefusedByTheServerWithJson() throws Exception {
    HttpResponse<String> longLine = server.get("/api/search?q=" + LiveServer.encode("仓".repeat(5_000)));
    assertEquals(414, longLine.statusCode());
    assertTrue(error(longLine).contains("最多 16384 字节"), longLine.body());
    HttpResponse<String> longHeader = server.get("/api/search", "X-Padding", "x".repeat(20_000));
    assertEquals(431, longHeader.statusCode());
    assertTrue(error(longHeader).contains("最多 16384 字节"), longHeader.body());
  }
}
