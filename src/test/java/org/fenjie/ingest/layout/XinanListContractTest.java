package org.fenjie.ingest.layout;

/**
 * An invented county list: "1. 任务……（牵头单位：…；配合单位：…；责任领导：…；分管县领导：…）" under
 * 一、/（一） headings, a bracket cut by a page break, a collective unit, padded names; every row hand-written.
 */
class XinanListContractTest extends LayoutContractTest {
  XinanListContractTest() {
    super(new InlineListLayout(), FIXTURES + "inline-list/xinan-2026-tasks.txt", 10, "inline-list/xinan-2026-tasks.golden.jsonl");
  }
}
