package org.fenjie.ingest.rows;

import static org.fenjie.ingest.rows.ColumnRole.DEADLINE;
import static org.fenjie.ingest.rows.ColumnRole.LEADERS;
import static org.fenjie.ingest.rows.ColumnRole.LEAD_UNITS;
import static org.fenjie.ingest.rows.ColumnRole.OTHER;
import static org.fenjie.ingest.rows.ColumnRole.OVERSEERS;
import static org.fenjie.ingest.rows.ColumnRole.SECTION;
import static org.fenjie.ingest.rows.ColumnRole.SEQ;
import static org.fenjie.ingest.rows.ColumnRole.SUPPORT_UNITS;
import static org.fenjie.ingest.rows.ColumnRole.TASK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnRoleTest {

  @Test
  void headerSpellingsOfTheSeedsAndOfOtherCounties() {
    assertEquals(List.of(SEQ, SECTION, TASK, LEAD_UNITS, LEADERS, OVERSEERS), roles("序号", "项目", "目标任务", "", "责任单位", "责任领导", "分管市领导"));
    assertEquals(List.of(SEQ, TASK, LEAD_UNITS, SUPPORT_UNITS, OVERSEERS), roles("序号", "具体目标任务", "牵头单位", "责任单位", "市政府分管\n（挂钩）领导"));
    assertEquals(List.of(SEQ, SECTION, TASK, OVERSEERS, LEAD_UNITS, SUPPORT_UNITS, DEADLINE),
        roles("序号", "类别", "工作任务", "牵头领导", "牵头单位", "配合单位", "完成时限"), "牵头领导 oversees the whole task");
    assertEquals(List.of(SEQ, TASK, LEAD_UNITS, SUPPORT_UNITS, OVERSEERS), roles("序号", "重点工作", "责任单位", "协办单位", "牵头市领导"));
  }

  @Test
  void countyLeaderColumnsOverseeAndOnly责任领导HeadsAUnit() {
    for (String h : List.of("牵头领导", "牵头县领导", "牵头区领导", "挂钩领导", "分管县领导", "分管（挂钩）领导")) {
      assertEquals(OVERSEERS, ColumnRole.of(h), h);
    }
    assertEquals(LEADERS, ColumnRole.of("责任领导"));
    assertEquals(LEADERS, ColumnRole.of("责任人"));
  }

  @Test
  void everyOtherColumnIsKeptAsAnExtraColumnUnderItsHeader() {
    TableHeader h = TableHeader.recognise(List.of("序号", "重点工作", "年度目标", "具体措施", "牵头单位", "备注"), 1).orElseThrow();
    assertEquals(List.of(SEQ, TASK, OTHER, OTHER, LEAD_UNITS, OTHER), h.roles(), "a second task-like column is extra");
    assertEquals(List.of("序号", "重点工作", "年度目标", "具体措施", "牵头单位", "备注"), h.names());
    assertEquals(DEADLINE, ColumnRole.of("时间节点"));
    assertEquals(DEADLINE, ColumnRole.of("完成时间"));
  }

  @Test
  void aRowThatIsNotAHeaderIsNotRecognised() {
    assertTrue(TableHeader.recognise(List.of("1", "地区生产总值增长5%", "发改局"), 1).isEmpty());
    assertTrue(TableHeader.recognise(List.of("序号", "姓名", "电话"), 1).isEmpty());
    assertTrue(TableHeader.recognise(List.of("序号", "工作任务", "完成时限"), 1).isEmpty(), "no unit column");
  }

  private static List<ColumnRole> roles(String... cells) {
    return TableHeader.recognise(List.of(cells), 1).orElseThrow().roles();
  }
}
