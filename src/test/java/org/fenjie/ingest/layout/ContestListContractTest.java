package org.fenjie.ingest.layout;

import org.fenjie.model.TaskRow;

/** The 晋江 "123" 争先进位 list (002): 8 + 16 + 24 items ending "（牵头市领导：X，责任单位：A、B）". */
class ContestListContractTest extends LayoutContractTest {
  ContestListContractTest() {
    super(new InlineListLayout(), "seeds/002_413767689e3e1b42.txt", 48, "inline-list/002_413767689e3e1b42.golden.jsonl");
  }

  @Override
  String expectedKind() {
    return TaskRow.KIND_CONTEST;
  }
}
