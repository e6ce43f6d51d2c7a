package org.fenjie.ingest.layout;

/**
 * An invented county, one cell per TAB-led line: 责任单位/配合单位/责任领导/分管县领导/完成时限, a lost overseer cell, leaders listed out of unit order; every row hand-written.
 */
class ShilanTableTest extends LayoutContractTest {
  ShilanTableTest() {
    super(new CellBlockTableLayout(),
        FIXTURES + "cell-block-table/shilan_2026_units_leaders_overseers.txt",
        10,
        "cell-block-table/shilan_2026_units_leaders_overseers.golden.jsonl");
  }
}
