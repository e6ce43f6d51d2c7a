package org.fenjie.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.fenjie.ingest.DocumentParser;
import org.fenjie.search.LuceneTaskSearch;
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
        assertTrue(LiveServer.json(r).get("error").getAsString().contains("Authorization: Bearer <token>"));
      }
    }
  }

  @Test
  void theRightTokenPicksUpARebuiltIndexWithoutARestart() throws Exception {
    List<Path> seeds = DocumentParser.documentsIn(Fixtures.SEEDS);
    List<Path> withoutQuangang = seeds.stream().filter(p -> !p.getFileName().toString().startsWith("004_")).toList();
    Path index = Fixtures.tempDir("fenjie-reload");
    Fixtures.build(index, withoutQuangang);
    HttpConfig config = HttpConfig.defaults(Fixtures.emptyWeb()).withAdminToken(TOKEN);
    try (LiveServer server = new LiveServer(LuceneTaskSearch.open(index), config)) {
      String quangang = "/api/search?region=" + LiveServer.encode("泉港区");
      assertEquals(0, LiveServer.json(server.get(quangang)).get("total").getAsInt());
      long rowsBefore = LiveServer.json(server.get("/health")).get("rows").getAsLong();

      JsonObject unchanged = LiveServer.json(reload(server, "Authorization", "Bearer " + TOKEN));
      assertFalse(unchanged.get("refreshed").getAsBoolean());

      Fixtures.build(index, seeds);
      assertEquals(0, LiveServer.json(server.get(quangang)).get("total").getAsInt(), "not before the reload");

      HttpResponse<String> r = reload(server, "Authorization", "Bearer " + TOKEN);
      assertEquals(200, r.statusCode());
      JsonObject body = LiveServer.json(r);
      assertTrue(body.get("refreshed").getAsBoolean());
      int quangangRows = LiveServer.json(server.get(quangang)).get("total").getAsInt();
      assertTrue(quangangRows > 100, "泉港区 has 110 rows: " + quangangRows);
      assertEquals(rowsBefore + quangangRows, body.get("rows").getAsLong());
      assertEquals(body.get("rows").getAsLong(), LiveServer.json(server.get("/health")).get("rows").getAsLong());
      assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(null));
    }
  }

  @Test
  void aShortTokenIsRefusedAtStartup() {
    assertThrows(IllegalArgumentException.class, () -> HttpConfig.defaults(Fixtures.emptyWeb()).withAdminToken("secret"));
  }
}
