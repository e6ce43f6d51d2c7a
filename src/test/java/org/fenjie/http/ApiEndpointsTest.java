package org.fenjie.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** GET /api/tasks/{id}, /api/suggest, /api/facets/{dim} and /health over a live server. */
class ApiEndpointsTest extends ServerTestBase {

  static JsonObject get(String path) throws Exception {
    HttpResponse<String> r = server.get(path);
    assertEquals(200, r.statusCode(), path + " " + r.body());
    return LiveServer.json(r);
  }

  @Test
  void aTaskIsTheRowOfItsSearchHitPlusSimilarTasksFromOtherRegions() throws Exception {
    JsonObject hit =
        get("/api/search?q=" + LiveServer.encode("海外仓") + "&region=" + LiveServer.encode("泉港区"))
            .getAsJsonArray("hits").get(0).getAsJsonObject();
    JsonObject task = get("/api/tasks/" + hit.get("id").getAsString());
    JsonObject row = hit.deepCopy();
    row.remove("score");
    row.remove("highlight");
    row.remove("match");
    JsonObject withoutSimilar = task.deepCopy();
    withoutSimilar.remove("similar");
    assertEquals(row, withoutSimilar);
    assertFalse(task.getAsJsonArray("similar").isEmpty(), "the same promise is made in other counties");
    for (JsonElement s : task.getAsJsonArray("similar")) {
      assertNotEquals("泉港区", s.getAsJsonObject().get("region").getAsString());
      assertTrue(s.getAsJsonObject().has("task") && s.getAsJsonObject().has("score"));
    }
  }

  @Test
  void suggestionsAreTypedCompletions() throws Exception {
    JsonObject r = get("/api/suggest?q=" + LiveServer.encode("林"));
    assertEquals("林", r.get("query").getAsString());
    boolean leader = false;
    for (JsonElement e : r.getAsJsonArray("items")) {
      JsonObject item = e.getAsJsonObject();
      assertTrue(Set.of("leader", "unit", "phrase").contains(item.get("type").getAsString()), item.toString());
      leader |= item.get("type").getAsString().equals("leader") && item.get("text").getAsString().startsWith("林");
    }
    assertTrue(leader, "林琪 and 林永红 are leaders: " + r);
    assertTrue(get("/api/suggest?q=").getAsJsonArray("items").isEmpty());
  }

  @Test
  void oneFacetsValuesFilteredByPrefixCountLikeTheSearch() throws Exception {
    String q = "q=" + LiveServer.encode("海外仓");
    JsonObject r = get("/api/facets/unit?prefix=" + LiveServer.encode("商") + "&" + q);
    assertEquals("unit", r.get("dimension").getAsString());
    assertFalse(r.getAsJsonArray("values").isEmpty());
    Map<String, Integer> searchCounts = SearchApiTest.facet(get("/api/search?" + q), "unit");
    for (JsonElement e : r.getAsJsonArray("values")) {
      String unit = e.getAsJsonObject().get("value").getAsString();
      assertTrue(unit.startsWith("商"), unit);
      assertEquals(searchCounts.get(unit), e.getAsJsonObject().get("count").getAsInt(), unit);
    }
  }

  @Test
  void healthReportsTheRowsServed() throws Exception {
    JsonObject health = get("/health");
    assertEquals("ok", health.get("status").getAsString());
    assertEquals(get("/api/search?size=1").get("total").getAsLong(), health.get("rows").getAsLong());
    assertFalse(health.get("builtAt").isJsonNull());
  }
}
