package org.fenjie.ingest;

import java.nio.file.Path;
import java.util.List;

/** 泉港 004: 序号/具体目标任务/责任单位/协办单位, section lines of their own, a 、-list in a unit cell. */
class QuangangTableTest extends LayoutContractTest {
  @Override
  DocumentLayout layout() {
    return new LineTableLayout();
  }

  @Override
  Path document() {
    return Path.of("seeds/004_c0ca6c59d42007b8.txt");
  }

  @Override
  int expectedRows() {
    return 110;
  }

  @Override
  Path golden() {
    return Path.of("src/test/resources/ingest/line-table/004_quangang.golden.jsonl");
  }

  @Override
  List<String> goldenSeqs() {
    return List.of("1", "6", "8", "13", "21", "34", "40", "51", "58", "62", "74", "90", "101", "105", "110");
  }
}
