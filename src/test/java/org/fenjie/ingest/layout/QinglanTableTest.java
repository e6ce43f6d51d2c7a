package org.fenjie.ingest.layout;

/**
 * An invented county in another column order: 序号/类别/工作任务/牵头领导/牵头单位/配合单位/完成时限, plain categories, 、-lists, page numbers; every row hand-written.
 */
class QinglanTableTest extends LayoutContractTest {
  QinglanTableTest() {
    super(new LineTableLayout(),
        FIXTURES + "line-table/qinglan_2026_lead_leader_support.txt",
        12,
        "line-table/qinglan_2026_lead_leader_support.golden.jsonl");
  }
}
