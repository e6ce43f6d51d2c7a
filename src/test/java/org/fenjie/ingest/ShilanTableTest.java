package org.fenjie.ingest;

import java.nio.file.Path;
import java.util.List;

/** An invented county, one cell per TAB-led line: 责任单位/配合单位/责任领导/分管县领导/完成时限, a lost overseer cell, leaders listed out of unit order; every row hand-written. */
class ShilanTableTest extends LayoutContractTest {
  @Override
  DocumentLayout layout() {
    return new CellBlockTableLayout();
  }

  @Override
  Path document() {
    return Path.of("src/test/resources/ingest/cell-block-table/shilan_2026_units_leaders_overseers.txt");
  }

  @Override
  int expectedRows() {
    return 10;
  }

  @Override
  Path golden() {
    return Path.of("src/test/resources/ingest/cell-block-table/shilan_2026_units_leaders_overseers.golden.jsonl");
  }

  @Override
  List<String> goldenSeqs() {
    return List.of();
  }
}
