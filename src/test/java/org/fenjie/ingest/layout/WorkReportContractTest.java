package org.fenjie.ingest.layout;

import org.fenjie.model.TaskRow;

/** The 晋江 work report (001): 29 plan items for 2025 and 9 review paragraphs for 2024, no units. */
class WorkReportContractTest extends LayoutContractTest {
  WorkReportContractTest() {
    super(new WorkReportLayout(), "seeds/001_941dc8cd29ccd4b4.txt", 38, "work-report/001_941dc8cd29ccd4b4.golden.jsonl");
  }

  @Override
  String expectedKind() {
    return TaskRow.KIND_REPORT;
  }

  @Override
  boolean rowsHaveUnits() {
    return false;
  }
}
