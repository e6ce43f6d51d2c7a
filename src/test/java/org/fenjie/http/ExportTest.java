package org.fenjie.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** GET /api/export: the CSV parses back to exactly the rows the search finds, cell by cell. */
class ExportTest extends ServerTestBase {

  /** All hits of a search, by id, fetched page by page. */
  static Map<String, JsonObject> allHits(String query) throws Exception {
    Map<String, JsonObject> hits = new LinkedHashMap<>();
    for (int page = 1; ; page++) {
      JsonObject r = LiveServer.json(server.get("/api/search?size=100&page=" + page + "&" + query));
      for (JsonElement h : r.getAsJsonArray("hits")) {
        hits.put(h.getAsJsonObject().get("id").getAsString(), h.getAsJsonObject());
      }
      if (page * 100L >= r.get("total").getAsLong()) {
        return hits;
      }
    }
  }

  static List<List<String>> exportRows(HttpResponse<byte[]> r) {
    byte[] body = r.body();
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(body, 3), "UTF-8 BOM");
    List<List<String>> rows = CsvReader.parse(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
    assertEquals(CsvTable.HEADER, rows.get(0));
    return rows.subList(1, rows.size());
  }

  @Test
  void theExportHoldsEveryMatchingRowWithItsFields() throws Exception {
    String query = "q=" + LiveServer.encode("海外仓");
    HttpResponse<byte[]> r = server.getBytes("/api/export?" + query);
    assertEquals(200, r.statusCode());
    assertEquals("text/csv; charset=utf-8", r.headers().firstValue("Content-Type").orElse("").toLowerCase());
    List<List<String>> rows = exportRows(r);
    Map<String, JsonObject> hits = allHits(query);
    assertEquals(hits.size(), rows.size());
    for (List<String> cells : rows) {
      JsonObject hit = hits.get(cells.get(13));
      assertEquals(hit.get("region").getAsString(), cells.get(0));
      assertEquals(hit.get("year").getAsString(), cells.get(1));
      assertEquals(hit.get("docNo").getAsString(), cells.get(3));
      assertEquals(hit.get("task").getAsString(), cells.get(8));
      assertEquals(names(hit, "leadUnits"), cells.get(9));
      List<String> leaders = new ArrayList<>();
      for (JsonElement l : hit.getAsJsonArray("leaders")) {
        JsonObject leader = l.getAsJsonObject();
        leaders.add(leader.get("name").getAsString()
            + (leader.get("unit").isJsonNull() ? "" : "（" + leader.get("unit").getAsString() + "）"));
      }
      assertEquals(String.join("、", leaders), cells.get(11));
      assertEquals(names(hit, "overseers"), cells.get(12));
    }
  }

  @Test
  void theExportTakesTheSearchFiltersAndIgnoresPaging() throws Exception {
    String query = "region=" + LiveServer.encode("泉港区") + "&unit=" + LiveServer.encode("商务局");
    List<List<String>> rows = exportRows(server.getBytes("/api/export?page=1&size=1&" + query));
    assertEquals(allHits(query).keySet(), rows.stream().map(c -> c.get(13)).collect(java.util.stream.Collectors.toSet()));
    assertTrue(rows.size() > 1);
    rows.forEach(c -> assertEquals("泉港区", c.get(0)));
  }

  @Test
  void theFileIsNamedAfterTheSearchInUtf8WithAnAsciiFallback() throws Exception {
    HttpResponse<byte[]> r = server.getBytes("/api/export?q=" + LiveServer.encode("海外仓") + "&region=" + LiveServer.encode("晋江市"));
    String disposition = r.headers().firstValue("Content-Disposition").orElseThrow();
    Matcher ascii = Pattern.compile("filename=\"([\\x20-\\x7e]+)\"").matcher(disposition);
    assertTrue(ascii.find(), disposition);
    assertTrue(ascii.group(1).endsWith(".csv"));
    Matcher utf8 = Pattern.compile("filename\\*=UTF-8''([A-Za-z0-9%._~-]+)").matcher(disposition);
    assertTrue(utf8.find(), disposition);
    assertEquals("fenjie-海外仓-晋江市.csv", URLDecoder.decode(utf8.group(1), StandardCharsets.UTF_8));
    assertTrue(disposition.startsWith("attachment;"));
  }

  @Test
  void anEmptyResultIsJustTheHeader() throws Exception {
    List<List<String>> rows = exportRows(server.getBytes("/api/export?q=" + LiveServer.encode("没有这样的任务词")));
    assertEquals(List.of(), rows);
  }

  private static String names(JsonObject hit, String key) {
    List<String> names = new ArrayList<>();
    hit.getAsJsonArray(key).forEach(e -> names.add(e.getAsString()));
    return String.join("、", names);
  }
}
