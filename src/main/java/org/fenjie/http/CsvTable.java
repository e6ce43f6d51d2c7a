package org.fenjie.http;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.fenjie.model.Leader;
import org.fenjie.model.TaskRow;

/**
 * Rows as RFC 4180 CSV lines (CRLF, fields quoted when they hold a comma, quote or line break)
 * under a Chinese header row, the way a supervision office reads them in Excel. A cell that a
 * spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an apostrophe.
 */
final class CsvTable {

  static final List<String> HEADER =
      List.of(
          "地区", "年份", "类别", "文号", "文件标题", "日期", "章节", "序号", "目标任务",
          "责任单位", "协办单位", "责任领导", "分管领导", "编号", "完成时限", "其他");
  /** Joins several names in one cell, as the documents themselves list them. */
  static final String NAMES = "、";
  static final String SECTIONS = " / ";

  private CsvTable() {}

  static List<String> cells(TaskRow row) {
    List<String> cells = new ArrayList<>(HEADER.size());
    cells.add(row.region());
    cells.add(Integer.toString(row.year()));
    cells.add(row.kind());
    cells.add(row.docNo());
    cells.add(row.docTitle());
    cells.add(row.docDate());
    cells.add(String.join(SECTIONS, row.section()));
    cells.add(row.seq());
    cells.add(row.task());
    cells.add(String.join(NAMES, row.leadUnits()));
    cells.add(String.join(NAMES, row.supportUnits()));
    cells.add(row.leaders().stream().map(CsvTable::leader).collect(Collectors.joining(NAMES)));
    cells.add(String.join(NAMES, row.overseers()));
    cells.add(row.id());
    // Issue 12's columns go after the old ones, so a sheet that reads columns by position still works.
    cells.add(row.deadline() == null ? "" : row.deadline());
    cells.add(other(row));
    return cells;
  }

  /** The columns without a known role, "表头：内容；表头：内容", in the document's order; empty cells left out. */
  static String other(TaskRow row) {
    return row.extra().entrySet().stream()
        .filter(e -> !e.getValue().isBlank())
        .map(e -> e.getKey() + "：" + e.getValue())
        .collect(Collectors.joining("；"));
  }

  /** "姓名（单位）", or the name alone when the document does not say which unit. */
  static String leader(Leader leader) {
    return leader.unit() == null || leader.unit().isBlank()
        ? leader.name()
        : leader.name() + "（" + leader.unit() + "）";
  }

  static String line(List<String> cells) {
    return cells.stream().map(CsvTable::field).collect(Collectors.joining(",", "", "\r\n"));
  }

  static String field(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
    return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }
}
