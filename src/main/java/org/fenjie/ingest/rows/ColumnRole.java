package org.fenjie.ingest.rows;

import org.fenjie.ingest.block.CellText;

import java.util.List;

/**
 * What a table column holds, recognised from its header spelling. Accepted spellings:
 * 序号; 项目/类别/分类/领域; 目标任务/具体目标任务/工作任务/重点工作/…; 牵头单位/主办单位 (lead);
 * 责任单位 (lead, or support when a 牵头单位 column exists); 协办单位/配合单位/协同单位 (support);
 * 责任领导/责任人 (leaders, each paired with a unit); 牵头领导/牵头县领导/分管县领导/挂钩领导/分管（挂钩）领导/
 * 牵头市领导 (overseers: the county leader over the whole task); 完成时限/完成时间/时间节点 (deadline); any
 * other short header (具体措施, 年度目标, 备注…) is a column kept as printed in the row's {@code extra}.
 */
public enum ColumnRole {
  SEQ,
  SECTION,
  TASK,
  LEAD_UNITS,
  SUPPORT_UNITS,
  LEADERS,
  OVERSEERS,
  DEADLINE,
  /** 责任单位 before it is known whether a 牵头单位 column makes it the secondary one. */
  RESPONSIBLE_UNITS,
  /** A column fenjie has no field for (具体措施, 备注…): its cells go to the row's {@code extra}, under the header. */
  OTHER;

  private static final List<String> SUPPORT_WORDS = List.of("协办", "配合", "协同", "参与", "协作", "协助");
  private static final List<String> LEAD_WORDS = List.of("牵头", "主办", "主责", "主要责任");
  private static final List<String> OVERSEER_WORDS = List.of("分管", "挂钩", "牵头", "市领导", "县领导", "区领导", "市政府", "县政府", "区政府");

  /** The role a header cell names, or null when the text is not a column header at all. */
  public static ColumnRole of(String headerCell) {
    String h = CellText.name(headerCell).replace('（', '(').replace('）', ')');
    if (h.isEmpty() || h.length() > 14 || h.matches(".*[\\d、，。].*") || Heading.of(h).isPresent()) {
      return null;
    }
    if (h.equals("序号") || h.equals("编号") || h.equals("序")) {
      return SEQ;
    }
    if (h.endsWith("领导") || h.endsWith("领导人") || h.endsWith("负责人") || h.endsWith("分管") || h.endsWith("挂钩")) {
      return containsAny(h, OVERSEER_WORDS) ? OVERSEERS : LEADERS;
    }
    if (h.endsWith("单位") || h.endsWith("部门")) {
      if (containsAny(h, SUPPORT_WORDS)) {
        return SUPPORT_UNITS;
      }
      return containsAny(h, LEAD_WORDS) ? LEAD_UNITS : RESPONSIBLE_UNITS;
    }
    if (h.contains("时限") || h.contains("时间") || h.contains("期限") || h.contains("节点")) {
      return DEADLINE;
    }
    if (h.equals("项目") || h.equals("类别") || h.equals("分类") || h.equals("领域") || h.equals("板块") || h.equals("类型")) {
      return SECTION;
    }
    if (h.contains("任务") || h.contains("工作") || h.contains("内容") || h.contains("目标") || h.contains("举措") || h.contains("事项")) {
      return TASK;
    }
    if (h.equals("责任人")) {
      return LEADERS;
    }
    // 具体措施, 年度目标, 备注, 工作标准…: a column the document prints that fenjie has no field for.
    return h.length() <= 8 && CellText.isHan(h) ? OTHER : null;
  }

  private static boolean containsAny(String s, List<String> words) {
    return words.stream().anyMatch(s::contains);
  }
}
