package org.fenjie.ingest.layout;

import org.fenjie.ingest.DocumentParser;
import org.fenjie.ingest.block.SourceText;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.fenjie.model.ParsedDocument;
import org.fenjie.model.TaskRow;
import org.junit.jupiter.api.Test;

class LineTableLayoutTest {

  @Test
  void aWrappedHeaderCellAndAWrappedTaskCellAreJoinedBackIntoTheirRows() throws Exception {
    ParsedDocument d = parse(
        "某某县人民政府办公室文件",
        "某政办〔2026〕8号",
        "某某县人民政府办公室关于2026年政府工作报告重点任务分解的通知",
        "2026年3月2日",
        "序号\t重点工作\t牵头单位\t责任单位\t县政府分管",
        "（挂钩）领导\t备注",
        "（1）\t推进县城扩容提质，完成旧城改造项目 6 个，",
        "新建城市道路 5 公里。\t县住建局；县自然资源局\t各乡镇\t李明\t",
        "（2）\t加快发展现代农业。\t县农业农村局\t县财政局、县水利局\t王芳、赵强\t重点");
    TaskRow first = d.rows().get(0);
    assertEquals("推进县城扩容提质，完成旧城改造项目 6 个，新建城市道路 5 公里。", first.task());
    assertEquals(List.of("县住建局", "县自然资源局"), first.leadUnits());
    assertEquals(List.of("各乡镇"), first.supportUnits());
    assertEquals(List.of("李明"), first.overseers());
    assertEquals(List.of("王芳", "赵强"), d.rows().get(1).overseers());
    assertEquals("2", d.rows().get(1).seq());
    assertEquals(1, d.warnings().size(), "the joined row is flagged for a look: " + d.warnings());
  }

  @Test
  void aLostCellBeforeTheDeadlineDoesNotPushTheDeadlineIntoAPeopleColumn() throws Exception {
    ParsedDocument d = parse(
        "某某县人民政府文件",
        "某某县人民政府关于2026年重点工作分工的通知",
        "2026年1月5日",
        "序号\t工作任务\t责任单位\t分管领导\t完成时限",
        "1\t建成县域医共体信息平台。\t县卫健局\t2026年6月底前");
    assertEquals(List.of(), d.rows().get(0).overseers());
    assertEquals(List.of("县卫健局"), d.rows().get(0).leadUnits());
  }

  private static ParsedDocument parse(String... lines) throws Exception {
    SourceText t = new SourceText("t.txt", List.of(lines));
    assertEquals(List.of("line-table"), DocumentParser.defaultLayouts().stream().filter(l -> l.claims(t)).map(DocumentLayout::name).toList());
    return new LineTableLayout().parse(t);
  }
}
