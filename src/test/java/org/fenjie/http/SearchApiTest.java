package org.fenjie.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.fenjie.search.SearchRequest;
import org.junit.jupiter.api.Test;

/** GET /api/search over a live server: hits, highlights, drill-sideways facets, paging, Chinese. */
class SearchApiTest extends ServerTestBase {

  static JsonObject search(String query) throws Exception {
    HttpResponse<String> r = server.get("/api/search?" + query);
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(LiveServer.isJsonUtf8(r.headers().firstValue("Content-Type").orElse("")));
    return LiveServer.json(r);
  }

  static Map<String, Integer> facet(JsonObject result, String dim) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (JsonElement v : result.getAsJsonObject("facets").getAsJsonArray(dim)) {
      counts.put(v.getAsJsonObject().get("value").getAsString(), v.getAsJsonObject().get("count").getAsInt());
    }
    return counts;
  }

  /** The ids of the exact tier's hits (what total and facets count). */
  static Set<String> ids(JsonObject result) {
    Set<String> ids = new TreeSet<>();
    result.getAsJsonArray("hits").forEach(h -> {
      if (h.getAsJsonObject().get("match").getAsString().equals("all")) {
        ids.add(h.getAsJsonObject().get("id").getAsString());
      }
    });
    return ids;
  }

  @Test
  void overseasWarehousesAreFoundInAllThreeRegionsWithMarkedText() throws Exception {
    JsonObject r = search("q=" + LiveServer.encode("海外仓"));
    assertEquals("海外仓", r.get("query").getAsString());
    assertEquals(Set.of("晋江市", "南安市", "泉港区"), facet(r, "region").keySet());
    assertEquals(r.get("total").getAsLong(), facet(r, "region").values().stream().mapToLong(i -> i).sum());
    for (JsonElement h : r.getAsJsonArray("hits")) {
      JsonObject hit = h.getAsJsonObject();
      for (String key : List.of("id", "region", "year", "kind", "docNo", "task", "leadUnits", "leaders", "overseers", "score")) {
        assertTrue(hit.has(key), key + " missing from " + hit);
      }
      assertTrue(hit.getAsJsonObject("highlight").get("task").getAsString().contains("<mark>"), hit.toString());
    }
    assertEquals(Set.copyOf(SearchRequest.DIMENSIONS), r.getAsJsonObject("facets").keySet());
  }

  @Test
  void filtersAreOrWithinADimensionAndAndAcrossDimensions() throws Exception {
    String q = "q=" + LiveServer.encode("海外仓");
    Map<String, Integer> regions = facet(search(q), "region");
    String jinjiang = LiveServer.encode("晋江市");
    String nanan = LiveServer.encode("南安市");

    JsonObject one = search(q + "&region=" + jinjiang);
    assertEquals(regions.get("晋江市"), one.get("total").getAsInt());
    JsonObject two = search(q + "&region=" + jinjiang + "&region=" + nanan);
    assertEquals(regions.get("晋江市") + regions.get("南安市"), two.get("total").getAsInt());

    // The region facet ignores the region filter (drill-sideways): every region is still offered.
    assertEquals(regions, facet(one, "region"));
    // Across dimensions the filters narrow: the year facet under the region filter predicts the total.
    for (Map.Entry<String, Integer> year : facet(one, "year").entrySet()) {
      JsonObject both = search(q + "&region=" + jinjiang + "&year=" + year.getKey());
      assertEquals(year.getValue(), both.get("total").getAsInt(), "year " + year.getKey());
      assertTrue(ids(one).containsAll(ids(both)));
    }
  }

  @Test
  void everyUnitAndLeaderFacetCountIsTheTotalOfFilteringByIt() throws Exception {
    JsonObject all = search("size=1");
    for (String dim : List.of("unit", "leader", "kind")) {
      Map<String, Integer> counts = facet(all, dim);
      assertFalse(counts.isEmpty(), dim);
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        JsonObject filtered = search("size=1&" + dim + "=" + LiveServer.encode(e.getKey()));
        assertEquals(e.getValue(), filtered.get("total").getAsInt(), dim + "=" + e.getKey());
      }
    }
  }

  @Test
  void pagesPartitionTheHits() throws Exception {
    JsonObject whole = search("q=" + LiveServer.encode("海外仓") + "&size=100");
    int total = whole.get("total").getAsInt();
    List<String> paged = new ArrayList<>();
    for (int page = 1; (page - 1) * 2 < total; page++) {
      JsonObject r = search("q=" + LiveServer.encode("海外仓") + "&size=2&page=" + page);
      assertEquals(page, r.get("page").getAsInt());
      assertEquals(2, r.get("size").getAsInt());
      r.getAsJsonArray("hits").forEach(h -> paged.add(h.getAsJsonObject().get("id").getAsString()));
    }
    assertEquals(total, paged.size());
    assertEquals(ids(whole), new TreeSet<>(paged));
  }

  @Test
  void documentOrderKeepsEachRegionTogether() throws Exception {
    JsonArray hits = search("sort=doc&size=100").getAsJsonArray("hits");
    List<String> regionRuns = new ArrayList<>();
    for (JsonElement h : hits) {
      String region = h.getAsJsonObject().get("region").getAsString();
      if (regionRuns.isEmpty() || !regionRuns.get(regionRuns.size() - 1).equals(region)) {
        regionRuns.add(region);
      }
    }
    assertEquals(new TreeSet<>(regionRuns).size(), regionRuns.size(), "regions interleaved: " + regionRuns);
  }

  @Test
  void aTermFromTheReportNotesComesWithItsExplanation() throws Exception {
    JsonArray glossary = search("q=" + LiveServer.encode("四帮四扶")).getAsJsonArray("glossary");
    assertFalse(glossary.isEmpty());
    assertEquals("四帮四扶", glossary.get(0).getAsJsonObject().get("term").getAsString());
  }

  @Test
  void chineseWorksRawAndPercentEncoded() throws Exception {
    JsonObject encoded = search("q=" + LiveServer.encode("海外仓") + "&region=" + LiveServer.encode("泉港区"));
    LiveServer.RawResponse raw = server.raw("/api/search?q=海外仓&region=泉港区");
    assertEquals(200, raw.status(), raw.body());
    JsonObject rawResult = JsonParser.parseString(raw.body()).getAsJsonObject();
    assertEquals("海外仓", rawResult.get("query").getAsString());
    assertEquals(ids(encoded), ids(rawResult));
    assertFalse(ids(encoded).isEmpty());
  }

  @Test
  void largeJsonIsGzippedForClientsThatAcceptIt() throws Exception {
    HttpResponse<byte[]> r = server.getBytes("/api/search?size=100", "Accept-Encoding", "gzip");
    assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse(""));
    String body;
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    JsonObject zipped = JsonParser.parseString(body).getAsJsonObject();
    JsonObject plain = search("size=100");
    zipped.remove("tookMs");
    plain.remove("tookMs");
    assertEquals(plain, zipped);
  }
}
