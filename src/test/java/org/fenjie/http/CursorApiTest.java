package org.fenjie.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cursor over HTTP: following nextCursor walks every row once in export order; misuse is a 400 naming it. */
class CursorApiTest extends ServerTestBase {

  @Test
  void followingNextCursorWalksTheSameRowsAsTheExport() throws Exception {
    for (String search : List.of("q=" + LiveServer.encode("企业") + "&size=7",
        "unit=" + LiveServer.encode("工信局") + "&size=5&sort=doc", "size=100")) {
      List<String> walked = new ArrayList<>();
      JsonObject page = LiveServer.json(server.get("/api/search?" + search));
      while (true) {
        for (JsonElement h : page.getAsJsonArray("hits")) {
          walked.add(h.getAsJsonObject().get("id").getAsString());
        }
        if (page.get("nextCursor").isJsonNull()) {
          break;
        }
        String cursor = page.get("nextCursor").getAsString();
        assertTrue(cursor.matches("[A-Za-z0-9_-]+"), "URL-safe as it is: " + cursor);
        page = LiveServer.json(server.get("/api/search?" + search + "&cursor=" + cursor));
      }
      List<List<String>> csv = CsvReader.parse(server.get("/api/export?" + search).body());
      List<String> exported = csv.subList(1, csv.size()).stream().map(r -> r.get(CsvTable.HEADER.indexOf("编号"))).toList();
      assertEquals(exported, walked, search);
      assertEquals(page.get("total").getAsInt(), walked.size(), search);
    }
  }

  @Test
  void misuseIsA400NamingTheCursor() throws Exception {
    String cursor = LiveServer.json(server.get("/api/search?q=" + LiveServer.encode("企业"))).get("nextCursor").getAsString();
    for (String bad : List.of("cursor=zzz", "q=" + LiveServer.encode("海外仓") + "&cursor=" + cursor,
        "q=" + LiveServer.encode("企业") + "&page=2&cursor=" + cursor, "cursor=" + "A".repeat(1_025))) {
      HttpResponse<String> r = server.get("/api/search?" + bad);
      assertEquals(400, r.statusCode(), bad);
      assertTrue(LiveServer.json(r).get("error").getAsString().contains("cursor"), r.body());
    }
    HttpResponse<String> deep = server.get("/api/search?page=101&size=100");
    assertTrue(deep.body().contains("nextCursor"), "the page-depth error points at the cursor: " + deep.body());
  }
}
