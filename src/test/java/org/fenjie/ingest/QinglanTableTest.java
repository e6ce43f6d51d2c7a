package org.fenjie.ingest;

import java.nio.file.Path;
import java.util.List;

/** An invented county in another column order: 序号/类别/工作任务/牵头领导/牵头单位/配合单位/完成时限, plain categories, 、-lists, page numbers; every row hand-written. */
class QinglanTableTest extends LayoutContractTest {
  @Override
  DocumentLayout layout() {
    return new LineTableLayout();
  }

  @Override
  Path document() {
    return Path.of("src/test/resources/ingest/line-table/qinglan_2026_lead_leader_support.txt");
  }

  @Override
  int expectedRows() {
    return 12;
  }

  @Override
  Path golden() {
    return Path.of("src/test/resources/ingest/line-table/qinglan_2026_lead_leader_support.golden.jsonl");
  }

  @Override
  List<String> goldenSeqs() {
    return List.of();
  }
}
