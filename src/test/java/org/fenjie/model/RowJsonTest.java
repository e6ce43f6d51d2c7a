package org.fenjie.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one JSON form of a row: what parse prints, the index stores and the API returns. */
class RowJsonTest {

  private static TaskRow row(String deadline, String deadlineDate, Map<String, String> extra, Integer page) {
    return new TaskRow("a-1", "晋江市", 2026, TaskRow.KIND_BREAKDOWN, null, "…通知", "2026-01-11", "a.pdf",
        List.of("一、产业"), "12", "新建超 20 个海外仓。", List.of("商务局"), List.of("各镇（街道）"),
        List.of(new Leader("林琪", "商务局"), new Leader("陈铭", null)), List.of("黄天凯"),
        deadline, deadlineDate, extra, page);
  }

  @Test
  void everyFieldComesBackEqualAndExtraKeepsTheDocumentsColumnOrder() {
    Map<String, String> extra = new LinkedHashMap<>();
    extra.put("具体措施", "建仓");
    extra.put("年度目标", "20 个");
    extra.put("备注", "");
    TaskRow r = row("2026年12月底前", "2026-12-31", extra, 3);
    TaskRow back = RowJson.read(RowJson.write(r));
    assertEquals(r, back);
    assertEquals(List.of("具体措施", "年度目标", "备注"), List.copyOf(back.extra().keySet()));
  }

  @Test
  void keysAreWrittenInTheContractOrderWithTheFirstContractsNullsKept() {
    JsonObject o = JsonParser.parseString(RowJson.write(row("年底前", "2026-12-31", Map.of("备注", "x"), 4)))
        .getAsJsonObject();
    assertEquals(List.of("id", "region", "year", "kind", "docNo", "docTitle", "docDate", "source", "section", "seq",
        "task", "leadUnits", "supportUnits", "leaders", "overseers", "deadline", "deadlineDate", "page", "extra"),
        List.copyOf(o.keySet()));
    assertTrue(o.get("docNo").isJsonNull(), "a document without 文号 says so");
    assertTrue(o.getAsJsonArray("leaders").get(1).getAsJsonObject().get("unit").isJsonNull());
  }

  @Test
  void absentDeadlineAndPageAreLeftOutAndExtraIsAnEmptyObject() {
    JsonObject o = JsonParser.parseString(RowJson.write(row(null, null, Map.of(), null))).getAsJsonObject();
    assertFalse(o.has("deadline"));
    assertFalse(o.has("deadlineDate"));
    assertFalse(o.has("page"));
    assertEquals(new JsonObject(), o.get("extra"));
  }

  @Test
  void aRowStoredBeforeTheNewKeysReadsWithThemEmpty() {
    // The shape indexes built before issue 12 hold: no null keys, no deadline, extra or page, one unknown key.
    TaskRow r = RowJson.read("{\"id\":\"a-1\",\"region\":\"晋江市\",\"year\":2026,\"kind\":\"责任分解\","
        + "\"section\":[],\"seq\":\"1\",\"task\":\"t\",\"leadUnits\":[\"商务局\"],\"supportUnits\":[],"
        + "\"leaders\":[{\"name\":\"林琪\"}],\"overseers\":[],\"later\":{\"x\":[1]}}");
    assertEquals(List.of(new Leader("林琪", null)), r.leaders());
    assertEquals(null, r.docNo());
    assertEquals(null, r.deadline());
    assertEquals(Map.of(), r.extra());
    assertEquals(null, r.page());
  }

  @Test
  void whatIsNotARowIsAClearError() {
    assertThrows(IllegalArgumentException.class, () -> RowJson.read("{\"id\":\"a\"}"), "no year");
    assertThrows(IllegalArgumentException.class, () -> RowJson.read("[1,2]"));
    assertThrows(IllegalArgumentException.class, () -> RowJson.read("{\"id\":\"a\",\"year\":2026"));
    assertThrows(IllegalArgumentException.class, () -> RowJson.read("{\"year\":\"twenty\"}"));
    assertThrows(IllegalArgumentException.class, () -> RowJson.read("{\"year\":2026} {\"year\":2027}"));
  }

  @Test
  void extraCannotBeChangedAfterTheFact() {
    Map<String, String> extra = new LinkedHashMap<>(Map.of("备注", "x"));
    TaskRow r = row(null, null, extra, null);
    extra.put("备注", "changed");
    assertEquals("x", r.extra().get("备注"));
    assertThrows(UnsupportedOperationException.class, () -> r.extra().put("y", "z"));
  }
}
