package org.fenjie.ingest.layout;

import org.fenjie.ingest.DocumentParser;
import org.fenjie.ingest.block.SourceText;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fenjie.model.Leader;
import org.fenjie.model.ParsedDocument;
import org.fenjie.model.TaskRow;
import org.junit.jupiter.api.Test;

class InlineListLayoutTest {
  private static final Path CONTEST = Path.of("seeds/002_413767689e3e1b42.txt");
  private static final Path FIXTURES = Path.of("src/test/resources/ingest/inline-list");

  @Test
  void theContestListHas48RowsIn8And16And24() throws Exception {
    List<TaskRow> rows = new DocumentParser().parse(CONTEST).rows();
    assertEquals(48, rows.size());
    Map<String, Integer> perCategory = new LinkedHashMap<>();
    for (TaskRow r : rows) {
      int n = perCategory.merge(r.section().get(1), 1, Integer::sum);
      assertEquals(String.valueOf(n), r.seq(), "seq is the number within its category: " + r.id());
      assertEquals(TaskRow.KIND_CONTEST, r.kind());
      assertEquals(2026, r.year());
      assertEquals("晋政办〔2026〕1号", r.docNo());
      assertEquals(1, r.overseers().size(), "one 牵头市领导 per item: " + r.id());
      assertFalse(r.leadUnits().isEmpty(), r.id());
      assertFalse(r.task().contains("牵头"), "the bracket is not part of the task: " + r.id());
    }
    assertEquals(List.of(8, 16, 24), List.copyOf(perCategory.values()));
    assertTrue(rows.get(0).section().get(1).startsWith("(一) 1 项在全国范围内领先示范的工作"));
  }

  @Test
  void oneResponsiblePersonForTwoUnitsIsReportedNotGuessed() throws Exception {
    ParsedDocument doc = new DocumentParser().parse(FIXTURES.resolve("qinglan-2026-minsheng.txt"));
    assertEquals(List.of(new Leader("宋丽", null)), doc.rows().get(3).leaders());
    assertEquals(1, doc.warnings().size());
    assertTrue(doc.warnings().get(0).message().contains("1 责任领导 for 2 lead units"), doc.warnings().get(0).message());
  }

  @Test
  void labelsDecideTheFieldsWhateverTheirOrder() {
    ResponsibilityBracket b = ResponsibilityBracket.find(
        "任务。（责任领导：张三、李四；配合单位：县财政局；牵头单位：县发改局、县住建局；责任单位：各乡镇(街道、园区)）").orElseThrow();
    assertEquals(List.of("县发改局", "县住建局"), b.get(InlineLabel.LEAD_UNIT));
    assertEquals(List.of("县财政局"), b.get(InlineLabel.SUPPORT_UNIT));
    assertEquals(List.of("各乡镇(街道、园区)"), b.get(InlineLabel.RESPONSIBLE_UNIT), "a 、 inside brackets does not split");
    assertEquals(List.of("张三", "李四"), b.get(InlineLabel.LEADER));
  }

  @Test
  void leadersArePairedOnlyWhenTheCountsAgree() throws Exception {
    ParsedDocument doc = new InlineListLayout().parse(text("x.txt",
        "某某县人民政府办公室文件", "某政办〔2026〕9号", "某某县人民政府办公室关于印发2026年重点任务的通知", "2026年3月1日",
        "1. 任务一。（牵头单位：县发改局、县财政局；责任领导：王五）",
        "2. 任务二。（牵头单位：县发改局；责任领导：王五）",
        "3. 任务三。（牵头县领导：赵六；责任单位：县教育局）"));
    assertEquals(List.of(new Leader("王五", null)), doc.rows().get(0).leaders());
    assertEquals(1, doc.warnings().size(), "the unpaired leader is reported");
    assertEquals(List.of(new Leader("王五", "县发改局")), doc.rows().get(1).leaders());
    assertEquals(List.of("赵六"), doc.rows().get(2).overseers());
    assertEquals(List.of("县教育局"), doc.rows().get(2).leadUnits());
    assertEquals("某某县", doc.rows().get(0).region());
  }

  @Test
  void aNumberPrintedTwiceKeepsBothRowsWithDistinctIds() throws Exception {
    ParsedDocument doc = new InlineListLayout().parse(text("x.txt",
        "某某县人民政府办公室文件", "某政办〔2026〕9号", "某某县人民政府办公室关于印发2026年重点任务的通知", "2026年3月1日",
        "1. 任务一。（牵头单位：县发改局）", "2. 任务二。（牵头单位：县财政局）", "2. 任务三。（牵头单位：县教育局）"));
    assertEquals(3, doc.rows().size());
    assertEquals(3, doc.rows().stream().map(TaskRow::id).distinct().count());
    assertTrue(doc.warnings().get(0).message().contains("printed twice"), doc.warnings().toString());
  }

  private static SourceText text(String name, String... lines) {
    return new SourceText(name, List.of(lines));
  }
}
