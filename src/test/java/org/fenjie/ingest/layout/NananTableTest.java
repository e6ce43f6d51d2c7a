package org.fenjie.ingest.layout;

/**
 * 南安 003: TAB-led cells over several lines, 牵头单位 + 责任单位 (secondary) + 分管（挂钩）领导, padded names.
 */
class NananTableTest extends LayoutContractTest {
  NananTableTest() {
    super(new CellBlockTableLayout(),
        "seeds/003_de05cf948f9c50f8.txt",
        88,
        "cell-block-table/003_nanan.golden.jsonl",
        "1", "2", "5", "6", "7", "8", "9", "13", "16", "17", "20", "31", "32", "40", "51", "53",
        "81", "84", "85", "88");
  }
}
