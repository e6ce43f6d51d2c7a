package org.fenjie.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.fenjie.model.TaskRow;
import org.junit.jupiter.api.Test;

/** POST /admin/reload: absent without a token, refused with a wrong one, picks up a new index with the right one. */
class AdminReloadTest {

  static final String TOKEN = BrowserPolicyTest.TOKEN;

  static HttpResponse<String> reload(LiveServer server, String... headers) throws Exception {
    return server.send(server.request("/admin/reload", headers).POST(HttpRequest.BodyPublishers.noBody()));
  }

  @Test
  void withoutAConfiguredTokenThereIsNoAdminEndpoint() throws Exception {
    try (LiveServer server = Fixtures.server()) {
      assertEquals(404, reload(server).statusCode());
      assertEquals(404, reload(server, "Authorization", "Bearer " + TOKEN).statusCode());
    }
  }

  @Test
  void aMissingOrWrongTokenIs401() throws Exception {
    HttpConfig config = HttpConfig.defaults(Fixtures.emptyWeb()).withAdminToken(TOKEN);
    try (LiveServer server = new LiveServer(Fixtures.search(), config)) {
      for (String[] headers :
          List.of(
              new String[0],
              new String[] {"Authorization", "Bearer wrong"},
              new String[] {"Authorization", "Bearer " + TOKEN + "x"},
              new String[] {"Authorization", "Basic " + TOKEN},
              new String[] {"Authorization", TOKEN})) {
        HttpResponse<String> r = reload(server, headers);
        assertEquals(401, r.statusCode(), String.join(" ", headers));
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertTrue(LiveServer.json(r).get("error").getAsString().contains("Authorization: Bearer"));
      }
    }
  }

  @Test
  void theRightTokenPicksUpANewIndexWithoutARestart() throws Exception {
    FakeTaskSearch search = new FakeTaskSearch(FakeTaskSearch.fixtureRows());
    HttpConfig config = HttpConfig.defaults(Fixtures.emptyWeb()).withAdminToken(TOKEN);
    try (LiveServer server = new LiveServer(search, config)) {
      String query = "/api/search?q=" + LiveServer.encode("养老服务");
      assertEquals(0, LiveServer.json(server.get(query)).get("total").getAsInt());

      JsonObject unchanged = LiveServer.json(reload(server, "Authorization", "Bearer " + TOKEN));
      assertFalse(unchanged.get("refreshed").getAsBoolean());

      List<TaskRow> next = new ArrayList<>(FakeTaskSearch.fixtureRows());
      TaskRow first = next.get(0);
      next.add(new TaskRow("quangang-2026-breakdown-90", "泉港区", 2026, "责任分解", first.docNo(), first.docTitle(),
          first.docDate(), first.source(), List.of(), "90", "新增养老服务床位 200 张。", List.of("民政局"), List.of(),
          List.of(), List.of()));
      search.stage(next);
      assertEquals(0, LiveServer.json(server.get(query)).get("total").getAsInt(), "not before the reload");

      HttpResponse<String> r = reload(server, "Authorization", "Bearer " + TOKEN);
      assertEquals(200, r.statusCode());
      assertTrue(LiveServer.json(r).get("refreshed").getAsBoolean());
      assertEquals(next.size(), LiveServer.json(r).get("rows").getAsInt());
      assertEquals(1, LiveServer.json(server.get(query)).get("total").getAsInt());
      assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(null));
    }
  }

  @Test
  void aShortTokenIsRefusedAtStartup() {
    assertThrows(IllegalArgumentException.class, () -> HttpConfig.defaults(Fixtures.emptyWeb()).withAdminToken("secret"));
  }
}
