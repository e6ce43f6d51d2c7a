package org.fenjie.ingest.layout;

/** 泉港 004: 序号/具体目标任务/责任单位/协办单位, section lines of their own, a 、-list in a unit cell. */
class QuangangTableTest extends LayoutContractTest {
  QuangangTableTest() {
    super(new LineTableLayout(),
        "seeds/004_c0ca6c59d42007b8.txt",
        110,
        "line-table/004_quangang.golden.jsonl",
        "1", "6", "8", "13", "21", "34", "40", "51", "58", "62", "74", "90", "101", "105", "110");
  }
}
