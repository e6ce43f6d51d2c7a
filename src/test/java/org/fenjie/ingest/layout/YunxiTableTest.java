package org.fenjie.ingest.layout;

/**
 * An invented county laid out as many counties print it: 序号/重点工作/具体措施/牵头单位/配合单位/牵头县领导/完成时限/备注,
 * units separated only by spaces and no 责任领导 column, a name broken by a space ("茶产业 发展中心"), headings as
 * lines of their own; every golden row written by hand from the document.
 */
class YunxiTableTest extends LayoutContractTest {
  YunxiTableTest() {
    super(new LineTableLayout(),
        FIXTURES + "line-table/yunxi_2026_measures_overseers_deadlines.txt",
        6,
        "line-table/yunxi_2026_measures_overseers_deadlines.golden.jsonl");
  }
}
