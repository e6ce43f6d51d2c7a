package org.fenjie.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fenjie.index.IndexBuilder;
import org.fenjie.ingest.names.ReviewedAliases;
import org.fenjie.model.ParsedDocument;
import org.fenjie.model.TaskRow;
import org.fenjie.search.LuceneTaskSearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rows with a 完成时限: the API returns it as printed and as a day, filters by a range of days,
 * sorts by it with rows lacking one last, and the CSV export carries it and the other columns.
 */
class DeadlineApiTest {

  private static LiveServer server;

  /** seq → deadlineDate (null: none printed); the deadline text as a document would print it. */
  private static final String[][] ROWS = {
    {"1", "2026-12-31", "2026年底前"},
    {"2", "2026-03-31", "2026年一季度"},
    {"3", null, null},
    {"4", "2026-06-30", "2026年6月底前"},
    {"5", null, "长期坚持"},
    {"6", "2026-06-30", "2026年上半年"},
  };

  @BeforeAll
  static void start() throws Exception {
    List<TaskRow> rows = new ArrayList<>();
    for (String[] r : ROWS) {
      Map<String, String> extra = new LinkedHashMap<>();
      if (r[0].equals("1")) {
        extra.put("具体措施", "新建海外仓 20 个");
        extra.put("备注", "");
        extra.put("年度目标", "出口增长 5%");
      }
      rows.add(new TaskRow("demo-2026-breakdown-" + r[0], "某某县", 2026, TaskRow.KIND_BREAKDOWN, "某政〔2026〕1号",
          "某某县任务分解", "2026-01-02", "demo.txt", List.of("一、产业"), r[0], "推进外贸项目第" + r[0] + "项。",
          List.of("商务局"), List.of(), List.of(), List.of(), r[2], r[1], extra, null));
    }
    Path dir = Fixtures.tempDir("fenjie-deadline-index");
    new IndexBuilder(dir, ReviewedAliases.load())
        .build(List.of(new ParsedDocument("demo.txt", rows, List.of(), List.of())));
    server = new LiveServer(LuceneTaskSearch.open(dir), HttpConfig.defaults(Fixtures.emptyWeb()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static List<String> seqs(String query) throws Exception {
    HttpResponse<String> r = server.get("/api/search?size=100&" + query);
    assertEquals(200, r.statusCode(), r.body());
    List<String> out = new ArrayList<>();
    for (JsonElement h : LiveServer.json(r).getAsJsonArray("hits")) {
      out.add(h.getAsJsonObject().get("seq").getAsString());
    }
    return out;
  }

  @Test
  void aHitCarriesTheDeadlineAsPrintedAndAsADay() throws Exception {
    JsonObject hit = LiveServer.json(server.get("/api/search?q=" + LiveServer.encode("第4项")))
        .getAsJsonArray("hits").get(0).getAsJsonObject();
    assertEquals("2026年6月底前", hit.get("deadline").getAsString());
    assertEquals("2026-06-30", hit.get("deadlineDate").getAsString());
    JsonObject task = LiveServer.json(server.get("/api/tasks/demo-2026-breakdown-1"));
    assertEquals("新建海外仓 20 个", task.getAsJsonObject("extra").get("具体措施").getAsString());
    assertEquals(List.of("具体措施", "备注", "年度目标"), List.copyOf(task.getAsJsonObject("extra").keySet()));
    JsonObject none = LiveServer.json(server.get("/api/tasks/demo-2026-breakdown-3"));
    assertFalse(none.has("deadline"), none.toString());
  }

  @Test
  void theRangeKeepsRowsDueWithinItBothDaysIncluded() throws Exception {
    assertEquals(List.of("4", "6"), seqs("deadlineFrom=2026-06-30&deadlineTo=2026-06-30&sort=doc"));
    assertEquals(List.of("1", "4", "6"), seqs("deadlineFrom=2026-04-01&sort=doc"));
    assertEquals(List.of("2"), seqs("deadlineTo=2026-05-31&sort=doc"));
    // The facet counts see the range too.
    JsonObject r = LiveServer.json(server.get("/api/search?deadlineTo=2026-06-30"));
    assertEquals(3, r.get("total").getAsInt());
    assertEquals(3, r.getAsJsonObject("facets").getAsJsonArray("region").get(0).getAsJsonObject().get("count").getAsInt());
  }

  @Test
  void sortByDeadlinePutsTheEarliestFirstAndRowsWithoutOneLast() throws Exception {
    assertEquals(List.of("2", "4", "6", "1", "3", "5"), seqs("sort=deadline"));
    assertEquals(List.of("2", "4", "6", "1", "3", "5"), seqs("sort=deadline&q=" + LiveServer.encode("外贸")));
  }

  @Test
  void aCursorWalksTheDeadlineOrderWithoutLosingOrRepeatingARow() throws Exception {
    List<String> walked = new ArrayList<>();
    String cursor = null;
    do {
      HttpResponse<String> r = server.get("/api/search?sort=deadline&size=2"
          + (cursor == null ? "" : "&cursor=" + cursor));
      assertEquals(200, r.statusCode(), r.body());
      JsonObject o = LiveServer.json(r);
      o.getAsJsonArray("hits").forEach(h -> walked.add(h.getAsJsonObject().get("seq").getAsString()));
      cursor = o.get("nextCursor").isJsonNull() ? null : o.get("nextCursor").getAsString();
    } while (cursor != null);
    assertEquals(List.of("2", "4", "6", "1", "3", "5"), walked);
  }

  @Test
  void aDayThatIsNotADayIsRefusedNamingTheParameter() throws Exception {
    for (String bad : List.of("deadlineFrom=2026-13-01", "deadlineTo=2026-02-30", "deadlineFrom=tomorrow",
        "deadlineTo=2026/06/30", "deadlineFrom=2026-12-31&deadlineTo=2026-01-01", "sort=due")) {
      HttpResponse<String> r = server.get("/api/search?" + bad);
      assertEquals(400, r.statusCode(), bad + " → " + r.body());
      String param = bad.substring(0, bad.indexOf('='));
      assertTrue(r.body().contains(param), r.body());
      assertEquals(400, server.get("/api/export?" + bad).statusCode(), bad);
    }
  }

  @Test
  void theExportHasTheDeadlineAndTheOtherColumns() throws Exception {
    List<List<String>> rows = ExportTest.exportRows(server.getBytes("/api/export?sort=deadline&deadlineFrom=2026-12-01"));
    assertEquals(1, rows.size());
    List<String> row = rows.get(0);
    assertEquals("2026年底前", row.get(CsvTable.HEADER.indexOf("完成时限")));
    assertEquals("具体措施：新建海外仓 20 个；年度目标：出口增长 5%", row.get(CsvTable.HEADER.indexOf("其他")));
  }
}
