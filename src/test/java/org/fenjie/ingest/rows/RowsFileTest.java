package org.fenjie.ingest.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fenjie.model.Leader;
import org.fenjie.model.TaskRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows given as JSON Lines, in fenjie's contract or the peers harness's corpus format. */
class RowsFileTest {

  @TempDir Path dir;

  private List<TaskRow> read(String... lines) throws IOException {
    Path f = dir.resolve("rows.jsonl");
    Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    List<TaskRow> out = new ArrayList<>();
    try (RowsFile rows = RowsFile.open(f)) {
      rows.forEachRemaining(out::add);
    }
    return out;
  }

  @Test
  void readsTheRowContractAsParseWritesIt() throws IOException {
    TaskRow r =
        read("{\"id\":\"a-1\",\"region\":\"晋江市\",\"year\":2026,\"kind\":\"责任分解\",\"docNo\":\"晋政文〔2026〕4号\","
                + "\"docTitle\":null,\"docDate\":\"2026-01-11\",\"source\":\"000.txt\",\"section\":[\"一、产业\"],\"seq\":\"12\","
                + "\"task\":\"新建超 20 个海外仓。\",\"leadUnits\":[\"商务局\"],\"supportUnits\":[\"各镇（街道）\"],"
                + "\"leaders\":[{\"name\":\"林琪\",\"unit\":\"商务局\"},{\"name\":\"陈铭\",\"unit\":null}],\"overseers\":[\"黄天凯\"]}")
            .get(0);
    assertEquals("a-1", r.id());
    assertEquals(List.of("一、产业"), r.section());
    assertEquals(List.of(new Leader("林琪", "商务局"), new Leader("陈铭", null)), r.leaders());
    assertEquals(List.of("各镇（街道）"), r.supportUnits());
    assertEquals(List.of("黄天凯"), r.overseers());
  }

  @Test
  void peersCorpusRowsGiveTheirUnitsAsLeadUnitsAndTheirLeadersAsOverseers() throws IOException {
    List<TaskRow> rows =
        read("{\"id\":\"x00000001\",\"doc\":\"synthetic:000\",\"region\":\"东康县\",\"year\":2019,\"kind\":\"争先进位工作\","
                + "\"section\":\"(一) 产业\",\"seq\":7,\"task\":\"推进出口数据溯源工作。\",\"units\":[\"商务局\",\"各镇(街道)\"],"
                + "\"leaders\":[\"林永红\",\"陈进福\"]}",
            "",
            "{\"id\":\"x00000002\",\"doc\":\"synthetic:000\",\"region\":\"东康县\",\"year\":2019,\"kind\":\"争先进位工作\","
                + "\"section\":\"\",\"seq\":8,\"task\":\"培育品牌。\",\"units\":[],\"leaders\":[]}");
    assertEquals(2, rows.size());
    TaskRow r = rows.get(0);
    assertEquals("synthetic:000", r.source());
    assertEquals("7", r.seq());
    assertEquals(List.of("(一) 产业"), r.section());
    assertEquals(List.of("商务局", "各镇(街道)"), r.leadUnits());
    assertEquals(List.of("林永红", "陈进福"), r.overseers());
    assertTrue(r.leaders().isEmpty() && r.supportUnits().isEmpty());
    assertEquals(List.of(), rows.get(1).section());
  }

  @Test
  void aLineThatIsNoRowNamesTheFileAndLine() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> read("{\"id\":\"a\",\"region\":\"晋江市\",\"year\":2026,\"kind\":\"责任分解\",\"task\":\"x\"}", "[1,2]"));
    assertTrue(e.getMessage().contains("rows.jsonl:2"), e.getMessage());
    IllegalArgumentException noYear =
        assertThrows(IllegalArgumentException.class, () -> read("{\"id\":\"a\",\"region\":\"晋江市\",\"task\":\"x\"}"));
    assertTrue(noYear.getMessage().contains("rows.jsonl:1: not a row: no year"), noYear.getMessage());
  }
}
