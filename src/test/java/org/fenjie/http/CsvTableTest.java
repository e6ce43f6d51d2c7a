package org.fenjie.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.fenjie.model.Leader;
import org.fenjie.model.TaskRow;
import org.junit.jupiter.api.Test;

/** CSV cells and quoting: what Excel would misread is quoted or defused, and reads back intact. */
class CsvTableTest {

  static TaskRow row(String task, List<Leader> leaders) {
    return new TaskRow(
        "t-1", "晋江市", 2026, "责任分解", "晋政文〔2026〕4号", "关于“分解”的通知", "2026-01-11", "a.txt",
        List.of("一、产业", "(一) 传统产业"), "1", task, List.of("工信局", "商务局"), List.of("各镇（街道）"), leaders, List.of("陈进福"));
  }

  @Test
  void commasQuotesAndLineBreaksSurviveARoundTrip() {
    String task = "新建 20 个海外仓, 打造 \"晋品出海\"\n第二行";
    List<String> cells = CsvTable.cells(row(task, List.of(new Leader("林琪", "商务局"))));
    assertEquals(List.of(cells), CsvReader.parse(CsvTable.line(cells)));
    assertEquals(task, CsvReader.parse(CsvTable.line(cells)).get(0).get(8));
  }

  @Test
  void namesAreListedAsTheDocumentsListThem() {
    List<String> cells =
        CsvTable.cells(row("任务", List.of(new Leader("林永红", "工信局"), new Leader("张志友", null))));
    assertEquals("一、产业 / (一) 传统产业", cells.get(6));
    assertEquals("工信局、商务局", cells.get(9));
    assertEquals("各镇（街道）", cells.get(10));
    assertEquals("林永红（工信局）、张志友", cells.get(11));
    assertEquals(CsvTable.HEADER.size(), cells.size());
  }

  @Test
  void cellsASpreadsheetWouldRunAsFormulasAreDefused() {
    assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", CsvTable.field("=HYPERLINK(\"http://x\")"));
    assertEquals("'+1", CsvTable.field("+1"));
    assertEquals("'-2", CsvTable.field("-2"));
    assertEquals("'@SUM(A1)", CsvTable.field("@SUM(A1)"));
    assertEquals("新建20个", CsvTable.field("新建20个"));
  }
}
